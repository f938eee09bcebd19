# Shared settings for every target of ours: strict warnings, the sanitizer option,
# and the repository root as the include root ("kiosk/core/...").

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

function(kiosk_settings target)
  target_compile_options(${target} PRIVATE ${KIOSK_WARNINGS})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${target} PRIVATE
    KIOSK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()

# A library made of every .cpp in its folder (headers sit beside their sources).
function(kiosk_library target dir)
  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*/*.cpp)
  list(FILTER sources EXCLUDE REGEX ".*/main\\.cpp$")
  add_library(${target} STATIC ${sources})
  kiosk_settings(${target})
endfunction()
