# Build flags shared by every Sandi target, as an interface library rather than global options.
#   SANDI_SANITIZE=address,undefined  adds the sanitizers to every target that links sandi_flags.
add_library(sandi_flags INTERFACE)
if(SANDI_SANITIZE)
    string(REPLACE ";" "," _sandi_san "${SANDI_SANITIZE}")
    message(STATUS "Sandi: building with -fsanitize=${_sandi_san}")
    target_compile_options(sandi_flags INTERFACE -fsanitize=${_sandi_san} -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=all)
    target_link_options(sandi_flags INTERFACE -fsanitize=${_sandi_san})
endif()

# Fuzzing instruments every Sandi target for coverage; the fuzzers themselves link -fsanitize=fuzzer.
if(SANDI_FUZZ)
    target_compile_options(sandi_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Strict warnings for code we own; sandi_core turns them into errors.
set(SANDI_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion)
