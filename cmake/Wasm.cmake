# Compile flags for every target in the wasm build (core and bindings alike).
# The core is exception-free by design (errors are data; JSON parsing never throws), so the
# module is built without exception support: 19% smaller (wasm gzip 66 KB instead of
# 81 KB with -fwasm-exceptions). JSON_NOEXCEPTION (cmake/Nlohmann.cmake) turns any
# nlohmann throw into an abort, natively too, so unit tests and fuzzers find such paths.
add_compile_options(-fno-exceptions)
# The release optimisation is ours alone: CMake's MinSizeRel would put -Os on every compile
# and link line, and in Emscripten 3.1.6 -Os/-Oz set INLINING_LIMIT=1, which adds
# -fno-inline-functions: clang then marks every function not declared inline `noinline`,
# and LTO keeps that, so string_view/string accessors cost a call per character. -Oz with
# INLINING_LIMIT=0 lets the LTO inliner decide (README, "Build flags": smaller and faster).
set(CMAKE_CXX_FLAGS_MINSIZEREL "-DNDEBUG")
set(CMAKE_EXE_LINKER_FLAGS_MINSIZEREL "")
set(SAMENWIJS_WASM_OPT "-Oz" CACHE STRING "Optimisation level of the release wasm build")
set(SAMENWIJS_WASM_RELEASE_FLAGS ${SAMENWIJS_WASM_OPT} -sINLINING_LIMIT=0 -flto)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  add_compile_options(${SAMENWIJS_WASM_RELEASE_FLAGS})
endif()
# emcmake sets a crosscompiling emulator with a flag Node 20 rejects; we run the module
# from our own Node tests instead.
set(CMAKE_CROSSCOMPILING_EMULATOR "" CACHE STRING "" FORCE)
