#pragma once
// What people paste or type as a code is rarely clean: spaces from a line break in an
// e-mail, non-breaking or zero-width spaces from a word processor, a byte order mark.
// These helpers remove exactly those, so every decoder sees the code as it was made.
#include <string>
#include <string_view>

namespace samenwijs {

// Removes ASCII whitespace, U+00A0 (no-break space), U+00AD (soft hyphen),
// U+200B..U+200D (zero-width space, non-joiner, joiner), U+2060 (word joiner),
// U+202F (narrow no-break space) and U+FEFF (byte order mark) anywhere in the text.
std::string stripCodeInput(std::string_view text);

// ASCII upper case; other bytes unchanged (for formats whose alphabet ignores case).
std::string asciiUpper(std::string_view text);

}  // namespace samenwijs
