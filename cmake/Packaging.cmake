# Debian packages by CPack: `cmake --build build --target package` (or scripts/package)
# writes build/packages/contact-kiosk_*.deb and contact-sync-server_*.deb.
#   contact-kiosk        the program, its assets under /usr/share/contact-kiosk, the lobby
#                        session (cage on tty1), /etc/contact-kiosk/kiosk.toml, man page
#   contact-sync-server  the venue hub and the receiver as systemd services, their configs
# Maintainer scripts, units, configs, man pages and lintian overrides live in packaging/.
# Depends are computed from the binaries' shared libraries by dpkg-shlibdeps; what no ELF
# file shows (fonts, the time zone database, systemd-sysusers) is named here.

set(pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(pkg_gen ${CMAKE_BINARY_DIR}/packaging)
set(doc_kiosk share/doc/contact-kiosk)
set(doc_server share/doc/contact-sync-server)
# Debian 12 keeps units in /lib/systemd/system (lintian's systemd-service-file-outside-lib).
set(unit_dir /lib/systemd/system)

# --- Generated: man pages and the changelog gzip'd without a timestamp (lintian wants -n),
# links to Debian's DejaVu fonts, and the conffiles lists.
set(gzipped)
foreach(source man/contact-kiosk.1 man/contact-sync-server.8 debian/changelog)
  get_filename_component(name ${source} NAME)
  add_custom_command(OUTPUT ${pkg_gen}/${name}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${pkg_gen}
    COMMAND sh -c "gzip -9nc '${pkg_src}/${source}' > '${pkg_gen}/${name}.gz'"
    DEPENDS ${pkg_src}/${source} VERBATIM)
  list(APPEND gzipped ${pkg_gen}/${name}.gz)
endforeach()
add_custom_target(package_files ALL DEPENDS ${gzipped})

# The fonts are fonts-dejavu-core's own files (a Depends), not a second copy of them; the
# links are relative (Debian policy 10.5), from /usr/share/contact-kiosk/fonts.
file(MAKE_DIRECTORY ${pkg_gen}/fonts)
foreach(font DejaVuSans.ttf DejaVuSans-Bold.ttf)
  file(CREATE_LINK ../../fonts/truetype/dejavu/${font} ${pkg_gen}/fonts/${font} SYMBOLIC)
endforeach()

file(MAKE_DIRECTORY ${pkg_gen}/control-kiosk ${pkg_gen}/control-server)
file(WRITE ${pkg_gen}/control-kiosk/conffiles "/etc/contact-kiosk/kiosk.toml\n/etc/pam.d/contact-kiosk-session\n")
file(WRITE ${pkg_gen}/control-server/conffiles "/etc/contact-kiosk/hub.toml\n/etc/contact-kiosk/receiver.toml\n")
foreach(script postinst prerm postrm)
  configure_file(${pkg_src}/debian/contact-kiosk/${script} ${pkg_gen}/control-kiosk/${script} COPYONLY)
  configure_file(${pkg_src}/debian/contact-sync-server/${script} ${pkg_gen}/control-server/${script} COPYONLY)
endforeach()

# --- contact-kiosk
install(TARGETS contact-kiosk RUNTIME DESTINATION bin COMPONENT kiosk)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/i18n ${PROJECT_SOURCE_DIR}/assets/activities ${PROJECT_SOURCE_DIR}/assets/holidays
        DESTINATION share/contact-kiosk COMPONENT kiosk)
install(DIRECTORY ${pkg_gen}/fonts DESTINATION share/contact-kiosk COMPONENT kiosk)
install(FILES ${pkg_src}/etc/kiosk.toml DESTINATION /etc/contact-kiosk COMPONENT kiosk)
install(FILES ${pkg_src}/pam/contact-kiosk-session DESTINATION /etc/pam.d COMPONENT kiosk)
install(FILES ${pkg_src}/systemd/contact-kiosk-session.service DESTINATION ${unit_dir} COMPONENT kiosk)
install(FILES ${pkg_src}/sysusers/contact-kiosk.conf DESTINATION lib/sysusers.d COMPONENT kiosk)
install(FILES ${pkg_gen}/contact-kiosk.1.gz DESTINATION share/man/man1 COMPONENT kiosk)
install(FILES ${pkg_src}/debian/copyright ${PROJECT_SOURCE_DIR}/docs/install.md DESTINATION ${doc_kiosk}
        COMPONENT kiosk)
install(FILES ${pkg_gen}/changelog.gz DESTINATION ${doc_kiosk} RENAME changelog.Debian.gz COMPONENT kiosk)
install(FILES ${pkg_src}/etc/kiosk.toml DESTINATION ${doc_kiosk}/examples COMPONENT kiosk)
install(FILES ${pkg_src}/lintian/contact-kiosk DESTINATION share/lintian/overrides COMPONENT kiosk)

# --- contact-sync-server
install(TARGETS contact-sync-server RUNTIME DESTINATION bin COMPONENT server)
install(FILES ${pkg_src}/etc/hub.toml ${pkg_src}/etc/receiver.toml DESTINATION /etc/contact-kiosk COMPONENT server)
install(FILES ${pkg_src}/systemd/contact-venue-hub.service ${pkg_src}/systemd/contact-sync-server.service
        DESTINATION ${unit_dir} COMPONENT server)
install(FILES ${pkg_src}/sysusers/contact-sync-server.conf DESTINATION lib/sysusers.d COMPONENT server)
install(FILES ${pkg_gen}/contact-sync-server.8.gz DESTINATION share/man/man8 COMPONENT server)
install(FILES ${pkg_src}/debian/copyright ${PROJECT_SOURCE_DIR}/docs/install.md ${PROJECT_SOURCE_DIR}/docs/operations.md
        DESTINATION ${doc_server} COMPONENT server)
install(FILES ${pkg_gen}/changelog.gz DESTINATION ${doc_server} RENAME changelog.Debian.gz COMPONENT server)
install(FILES ${pkg_src}/lintian/contact-sync-server DESTINATION share/lintian/overrides COMPONENT server)

# --- CPack
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk server)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGE_CONTACT "Contact Kiosk maintainers <maintainers@contact-kiosk.example.org>")
set(CPACK_DEBIAN_PACKAGE_SOURCE contact-kiosk)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME contact-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "fonts-dejavu-core, tzdata, systemd | systemd-standalone-sysusers")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cage, xwayland, libpam-systemd")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "check-in, observation records and sync for a family contact centre
Contact Kiosk runs the devices of a family contact centre, where children in
care meet their families under supervision: the lobby terminal where families
check in, the contact workers' tablets for observation records, and the
coordinator's PC. Each device keeps its data in its own encrypted database.
.
This package holds the program, its translations and activity library, the
contact-kiosk-session service that shows the kiosk full screen under cage on
tty1 at boot, and /etc/contact-kiosk/kiosk.toml.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${pkg_gen}/control-kiosk/conffiles;${pkg_gen}/control-kiosk/postinst;${pkg_gen}/control-kiosk/prerm;${pkg_gen}/control-kiosk/postrm")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME contact-sync-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "systemd | systemd-standalone-sysusers")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Contact Kiosk venue hub and receiver (HTTPS sync server)
The sync server of Contact Kiosk, the software for family contact centres.
At a venue it is the hub that the lobby terminal, the tablets and the
coordinator's PC enrol with and send their records to; for the social work
team it is the receiver. It serves HTTPS (TLS 1.2 or newer) from one SQLite
database.
.
This package holds the program and two hardened systemd services,
contact-venue-hub and contact-sync-server, with their configurations in
/etc/contact-kiosk.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${pkg_gen}/control-server/conffiles;${pkg_gen}/control-server/postinst;${pkg_gen}/control-server/prerm;${pkg_gen}/control-server/postrm")

include(CPack)
