#pragma once
// SipHash-2-4: a keyed pseudo-random function. Keyed with a device's secret salt it makes
// the hand-in tag and the two-collector masks: the same on that device, unpredictable and
// unlinkable for everyone else.
#include <array>
#include <cstddef>
#include <cstdint>

namespace samenwijs {

using SaltKey = std::array<std::uint8_t, 16>;

std::uint64_t siphash24(const SaltKey& key, const std::uint8_t* data, std::size_t size);

}  // namespace samenwijs
