// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QHash>
#include <QString>

#include <utility>

namespace isms {

/// A text as a QHash key, hashed by textHash() instead of qHash(QString).
///
/// Qt 6.4 hashes a key of fewer than 16 bytes (a text under 8 characters: every reference such as
/// "R-001", "T-017" or "8.13") with 256-bit AVX-512 loads followed by legacy SSE instructions. On
/// processors with AVX-512 the switch between the two costs about 150 ns a key, twenty times a longer
/// key, and slows the SSE code that runs after it. Maps that take a key for each row of a register use
/// this key instead (an import of 10,000 risks ran a fifth faster).
struct TextKey
{
    TextKey() = default;

    // Implicit, so that a map of TextKey is read and written with QStrings as it was.
    TextKey(QString from) // NOLINT(google-explicit-constructor)
        : text(std::move(from))
    {}

    TextKey(QStringView from) // NOLINT(google-explicit-constructor)
        : text(from.toString())
    {}

    // Implicit, so that the keys of such a map are read as the texts they are.
    operator const QString &() const noexcept { return text; } // NOLINT(google-explicit-constructor)

    friend bool operator==(const TextKey &a, const TextKey &b) noexcept { return a.text == b.text; }

    QString text;
};

/// A seeded hash of `text`'s UTF-16 code units, eight bytes at a time, each word mixed in with the
/// multiplications and shifts of the splitmix64 finaliser.
[[nodiscard]] size_t textHash(QStringView text, size_t seed) noexcept;

/// A random number drawn once per process, mixed into every TextKey's hash, so that keys that collide
/// cannot be prepared in advance even where chooseHashSeed() made Qt's own seed zero.
[[nodiscard]] size_t textKeySeed() noexcept;

[[nodiscard]] inline size_t qHash(const TextKey &key, size_t seed) noexcept
{
    return textHash(key.text, seed ^ textKeySeed());
}

/// Call first thing in main(), before any QHash exists. On processors with VAES and AVX-512, Qt 6.4
/// hashes text with a random seed through 256-bit AVX instructions and returns without clearing the
/// upper halves of the vector registers (no VZEROUPPER); every legacy SSE instruction that runs after
/// it (SQLite's, the C++ library's, ours) then waits on them, until something clears them. Measured
/// here, a plain SSE loop ran 6.6 times slower after one such hash, and with these seeds an import of
/// 10,000 risks took 254 ms instead of 230 and the readiness check 244 ms instead of 203. With a zero
/// seed Qt hashes with plain integer code, so on such processors the seed is made zero (Qt's
/// QHashSeed::setDeterministicGlobalSeed()); the texts of files and imports are keyed by TextKey, whose
/// own random seed keeps those maps safe from prepared collisions. QT_HASH_SEED, when set, decides.
/// Elsewhere nothing changes. Measured with Qt 6.4.2: look again when Qt is upgraded.
void chooseHashSeed();

/// Whether this processor has VAES and AVX-512 (with the system's support): where chooseHashSeed() acts.
[[nodiscard]] bool hasVaesAndAvx512();

/// A QHash keyed by text (see TextKey).
template <typename T>
using TextHash = QHash<TextKey, T>;

} // namespace isms
