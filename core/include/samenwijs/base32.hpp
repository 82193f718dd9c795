#pragma once
// Crockford base32 for the team codes (hand-in, round and team codes): no letters that
// look alike (no I, L, O, U), so a code read aloud or typed in lower case still decodes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samenwijs {

std::string base32Encode(const std::uint8_t* data, std::size_t size);

enum class Base32Error { None, BadCharacter, DanglingBits, TooLong };

// Decodes case-insensitively (i and l read as 1, o as 0) into `out` (at most `capacity`
// bytes); `size` is set to the number of bytes. Stray bits after the last byte must be
// zero, so only the text the encoder made decodes. `badAt`: index of a bad character.
Base32Error base32Decode(std::string_view text, std::uint8_t* out, std::size_t capacity, std::size_t& size,
                         std::size_t& badAt);

// Case-insensitive check that `text` starts with `prefix` (an ASCII prefix in upper case).
bool startsWithPrefix(std::string_view text, std::string_view prefix);

// "SW" + digit + "-": a personal result code, which never belongs in the team overview.
bool looksLikePersonalCode(std::string_view text);

}  // namespace samenwijs
