#pragma once
// The frame shared by the team codes (hand-in, round, team and the device's record of
// shown pictures): PREFIX + Crockford base32 of the bytes + a CRC-16 of those bytes.
// Decoding cleans pasted text (stripCodeInput), accepts lower case, and gives a Dutch
// reason for every failure that is not specific to one kind of code.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/content_model.hpp"

namespace samenwijs {

// The longest code a list of codes can hold: a team code (the other kinds are shorter).
inline constexpr std::size_t kMaxListedCodeChars = 20000;

// Appends the CRC and returns prefix + base32.
std::string encodeCodeBytes(const char* prefix, std::vector<std::uint8_t> bytes);

// What kind of code a (cleaned) text looks like, from its prefix.
enum class CodeKind { Empty, Personal, HandIn, Round, Team, Shown, Unknown };
CodeKind codeKindOf(std::string_view cleaned);
// "een inlevercode", "een rondecode", ... for messages.
const char* codeKindName(CodeKind kind);
// Whether a text starts with the two letters of a kind of code Samenwijs writes (the "IN" of
// IN1-, also for a later version's IN2-), in either case.
bool startsWithCodeKindLetters(std::string_view text);

struct CodeFrameError {
  std::string code, message;  // machine-readable reason and Dutch message; empty when fine
};

// Decodes the bytes after `prefix` (the CRC checked and removed). `maxChars` bounds the
// text. On failure fills `error` and returns false.
bool decodeCodeBytes(std::string_view cleaned, const char* prefix, std::size_t maxChars, std::vector<std::uint8_t>& bytes,
                     CodeFrameError& error);

// The preamble every decoder of a named kind shares: cleans a typed or pasted code
// (stripCodeInput), checks that it is a `kind` code ("Dit is een inlevercode, geen
// rondecode ...", machine code `personal_code` or `wrongKindCode`), then the frame and the
// CRC as decodeCodeBytes. `name` is the kind's word in messages ("rondecode"). On failure
// sets the Dutch `reason` and the machine `errorCode`.
bool decodeCodeOfKind(std::string_view text, CodeKind kind, const char* prefix, const char* name, const char* wrongKindCode,
                      std::size_t maxChars, std::vector<std::uint8_t>& bytes, std::string& reason, std::string& errorCode);

// Framework identity inside the codes: CRC-16 of the id, plus the version.
std::uint16_t frameworkFingerprint(const std::string& id);
const Framework* frameworkByFingerprint(const std::vector<Framework>& frameworks, std::uint16_t fingerprint);

// Big-endian and LEB128 helpers over a byte vector.
void putUint(std::vector<std::uint8_t>& out, std::uint64_t value, int bytes);
std::uint64_t getUint(const std::uint8_t* p, int bytes);
void putVarint(std::vector<std::uint8_t>& out, std::uint64_t value);
// Reads a varint at `pos` (advanced); false when it runs past `size`, is over 64 bits or
// is not in its shortest form.
bool getVarint(const std::uint8_t* data, std::size_t size, std::size_t& pos, std::uint64_t& value);

// Rows of the team picture: every competence (framework order), then every domain.
std::size_t teamRows(const Framework& fw);
inline constexpr int kTeamLevels = 6;

}  // namespace samenwijs
