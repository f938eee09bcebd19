# Shared settings for every target of ours: strict warnings, the sanitizer option, and narrow
# include paths: a library sees its own headers and those of the libraries it links, nothing else
# (docs/ARCHITECTURE.md, "Include paths"). Includes keep their repository spelling
# ("kiosk/core/...").

set(KIOSK_WARNINGS -Wall -Wextra -Werror -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Wunused -Woverloaded-virtual -Wpedantic -Wconversion -Wsign-conversion
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)

# Debian's hardening flags (what dpkg-buildflags gives a package built with hardening=+all),
# for every build but the sanitizer and fuzzer ones, so the binaries the packages ship carry
# them. _FORTIFY_SOURCE needs the optimiser, and glibc's warning without it would be an error.
if(NOT KIOSK_SANITIZE AND NOT KIOSK_FUZZ AND NOT KIOSK_TSAN)
  add_compile_options($<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>
    -fstack-protector-strong -fstack-clash-protection -fcf-protection)
  add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()

if(KIOSK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# The sync worker shares state with the window, and the server's threads share its stores:
# ThreadSanitizer sees each data race those tests provoke.
if(KIOSK_TSAN)
  if(KIOSK_SANITIZE)
    message(FATAL_ERROR "KIOSK_TSAN and KIOSK_SANITIZE cannot be combined (use two build folders)")
  endif()
  # GCC warns that it cannot see atomic_thread_fence (Boost.Asio uses one after each handler);
  # the locks around it are what TSan follows.
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer -Wno-tsan)
  add_link_options(-fsanitize=thread)
  # With TSan's instrumentation GCC 12 takes an engaged std::optional bound into a statement
  # for an uninitialised read (replica_apply_day.cpp); the normal and ASan builds keep the check.
  list(APPEND KIOSK_WARNINGS -Wno-maybe-uninitialized)
endif()

# Warnings and definitions for a target of the product (a library or an executable). No include
# path: a library gets its own headers from kiosk_headers() and those of what it links through
# the link, so including a header of a library it does not link fails to compile
# (kiosk_check_include_paths() refuses a product target with a folder of the source tree on its path).
function(kiosk_settings target)
  kiosk_warnings(${target})
  set_property(GLOBAL APPEND PROPERTY KIOSK_PRODUCT_TARGETS ${target})
endfunction()

# Tests, their helpers, benchmarks and fuzzers are leaves (nothing of the product links them):
# they keep the repository root as an include root, so they reach tests/ and bench/ and any header
# they drive. The root comes before the libraries' mirrors, so every header resolves to its real path.
function(kiosk_leaf_settings target)
  kiosk_warnings(${target})
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR})
endfunction()

function(kiosk_warnings target)
  target_compile_options(${target} PRIVATE ${KIOSK_WARNINGS})
  target_compile_definitions(${target} PRIVATE
    KIOSK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()

# Called once every product target exists (the top-level CMakeLists.txt): a product target with a
# folder of the source tree on its own or its users' include path (the repository root, kiosk/...)
# would see headers of libraries it does not link, so configuring stops.
function(kiosk_check_include_paths)
  get_property(targets GLOBAL PROPERTY KIOSK_PRODUCT_TARGETS)
  foreach(target IN LISTS targets)
    foreach(property IN ITEMS INCLUDE_DIRECTORIES INTERFACE_INCLUDE_DIRECTORIES)
      get_target_property(folders ${target} ${property})
      foreach(folder IN LISTS folders)
        string(FIND "${folder}/" "${CMAKE_BINARY_DIR}/" in_build)
        string(FIND "${folder}/" "${PROJECT_SOURCE_DIR}/" in_source)
        if(in_source GREATER_EQUAL 0 AND NOT in_build GREATER_EQUAL 0)
          message(FATAL_ERROR "${target} has ${folder} in its ${property}: a library of the product sees only "
            "its own headers (kiosk_headers) and those of what it links (docs/ARCHITECTURE.md, \"Include paths\")")
        endif()
      endforeach()
    endforeach()
  endforeach()
endfunction()

# A library's own headers (the further arguments: patterns relative to the repository root),
# mirrored one symlink per header under build/include/<target>/<the header's repository path>, and
# that folder on the library's PUBLIC include path. A link per header, not per folder: a folder's
# subfolders may belong to other libraries (kiosk/app/ is kiosk_app_base's, kiosk/app/family/
# kiosk_app_family's). CONFIGURE_DEPENDS: a header added later is mirrored at the next build; a
# link whose header is gone, or moved to another library, is removed.
function(kiosk_headers target)
  set(mirror ${CMAKE_BINARY_DIR}/include/${target})
  list(TRANSFORM ARGN PREPEND ${PROJECT_SOURCE_DIR}/ OUTPUT_VARIABLE patterns)
  file(GLOB headers CONFIGURE_DEPENDS LIST_DIRECTORIES false RELATIVE ${PROJECT_SOURCE_DIR} ${patterns})
  file(GLOB_RECURSE mirrored LIST_DIRECTORIES false RELATIVE ${mirror} ${mirror}/*)
  foreach(link IN LISTS mirrored)
    if(NOT link IN_LIST headers)
      file(REMOVE ${mirror}/${link})
    endif()
  endforeach()
  foreach(header IN LISTS headers)
    set(points_to "")
    if(IS_SYMLINK ${mirror}/${header})
      file(READ_SYMLINK ${mirror}/${header} points_to)
    endif()
    if(NOT points_to STREQUAL "${PROJECT_SOURCE_DIR}/${header}")
      get_filename_component(folder ${mirror}/${header} DIRECTORY)
      file(MAKE_DIRECTORY ${folder})
      file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${header} ${mirror}/${header} SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(${target} PUBLIC ${mirror})
endfunction()

# A library made of every .cpp in its folder and one level of subfolders (headers sit beside their
# sources, and are its headers).
function(kiosk_library target dir)
  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*/*.cpp)
  list(FILTER sources EXCLUDE REGEX ".*/main\\.cpp$")
  add_library(${target} STATIC ${sources})
  kiosk_settings(${target})
  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${dir})
  kiosk_headers(${target} ${folder}/*.hpp ${folder}/*.h ${folder}/*/*.hpp ${folder}/*/*.h)
endfunction()
