# Project-wide options and warning flags, in one place.
option(SAMENWIJS_BUILD_TESTS "Build the native unit tests" ON)
option(SAMENWIJS_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" ON)
option(SAMENWIJS_SANITIZE "Build native code with address and undefined-behaviour sanitizers" OFF)
option(SAMENWIJS_FUZZ "Build libFuzzer targets (clang only)" OFF)

add_library(samenwijs_warnings INTERFACE)
target_compile_options(samenwijs_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  $<$<BOOL:${SAMENWIJS_WARNINGS_AS_ERRORS}>:-Werror>)

if(SAMENWIJS_SANITIZE AND NOT EMSCRIPTEN)
  # -fno-sanitize-recover: undefined behaviour stops the test (or the fuzzer) instead of
  # printing a line that nothing reads.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(SAMENWIJS_FUZZ AND NOT EMSCRIPTEN)
  # Coverage instrumentation for everything, so libFuzzer is guided through the core too.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
