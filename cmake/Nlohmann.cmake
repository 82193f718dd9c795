# nlohmann/json is header-only. Natively we use the installed CMake package. Under
# Emscripten, adding /usr/include would pull glibc headers into the wasm build, so we put
# a folder on the include path that holds only a link to the nlohmann headers.
add_library(samenwijs_json INTERFACE)
if(EMSCRIPTEN)
  set(_only "${CMAKE_BINARY_DIR}/nlohmann_only")
  if(NOT EXISTS "${_only}/nlohmann")
    file(MAKE_DIRECTORY "${_only}")
    file(CREATE_LINK /usr/include/nlohmann "${_only}/nlohmann" SYMBOLIC)
  endif()
  target_include_directories(samenwijs_json SYSTEM INTERFACE "${_only}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(samenwijs_json INTERFACE nlohmann_json::nlohmann_json)
endif()
# No exceptions from nlohmann anywhere: a throwing path aborts, in tests as in the browser.
target_compile_definitions(samenwijs_json INTERFACE JSON_NOEXCEPTION)
