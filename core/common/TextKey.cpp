// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/TextKey.h"

#include <QRandomGenerator>

#if defined(Q_PROCESSOR_X86_64) && (defined(Q_CC_GNU) || defined(Q_CC_CLANG))
#include <cpuid.h>
#endif

#include <cstdint>
#include <cstring>

namespace isms {

namespace {

constexpr std::uint64_t mixed(std::uint64_t x) noexcept
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace

size_t textKeySeed() noexcept
{
    static const size_t seed = static_cast<size_t>(QRandomGenerator::system()->generate64());
    return seed;
}

bool hasVaesAndAvx512()
{
#if defined(Q_PROCESSOR_X86_64) && (defined(Q_CC_GNU) || defined(Q_CC_CLANG))
    // VAES is bit 9 of ECX in CPUID leaf 7 (not every compiler's __builtin_cpu_supports() knows it);
    // __builtin_cpu_supports() also checks that the system saves the AVX-512 registers.
    unsigned int eax = 0;
    unsigned int ebx = 0;
    unsigned int ecx = 0;
    unsigned int edx = 0;
    constexpr unsigned int VaesBit = 1U << 9;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 && (ecx & VaesBit) != 0
           && __builtin_cpu_supports("avx512vl");
#else
    return false;
#endif
}

void chooseHashSeed()
{
    if (hasVaesAndAvx512() && !qEnvironmentVariableIsSet("QT_HASH_SEED")) {
        QHashSeed::setDeterministicGlobalSeed();
    }
}

size_t textHash(QStringView text, size_t seed) noexcept
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.utf16());
    auto left = static_cast<std::size_t>(text.size()) * sizeof(char16_t);
    // The length goes in first, so that texts that differ only by trailing zero code units differ.
    std::uint64_t hash = mixed(static_cast<std::uint64_t>(seed) ^ left);
    std::uint64_t word = 0;
    for (; left >= sizeof word; left -= sizeof word, bytes += sizeof word) {
        std::memcpy(&word, bytes, sizeof word);
        hash = mixed(hash ^ word);
    }
    if (left > 0) {
        word = 0;
        std::memcpy(&word, bytes, left);
        hash = mixed(hash ^ word);
    }
    return static_cast<size_t>(hash);
}

} // namespace isms
