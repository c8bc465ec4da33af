// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/DeflateLevel.h"

#include <algorithm>
#include <zlib.h>

namespace isms {

namespace {

/// Z_DEFAULT_COMPRESSION (-1) outside every scope.
thread_local int t_defaultLevel = Z_DEFAULT_COMPRESSION;

} // namespace

ScopedDeflateLevel::ScopedDeflateLevel(int level)
    : m_previous(t_defaultLevel)
{
    t_defaultLevel = std::clamp(level, 1, 9);
}

ScopedDeflateLevel::~ScopedDeflateLevel()
{
    t_defaultLevel = m_previous;
}

int ScopedDeflateLevel::current()
{
    return t_defaultLevel;
}

} // namespace isms

// zlib's deflateInit() macro calls this function. zlib defines it as deflateInit2_() with the default
// window, memory level and strategy; so does this one, with the scope's level in place of the default.
// It is found before zlib's by every library of the process (Qt's PDF engine among them) because the
// executable defines it and the libraries that call it were linked against it.
extern "C" int deflateInit_(z_streamp stream, int level, const char *version, int streamSize)
{
    if (level == Z_DEFAULT_COMPRESSION) {
        level = isms::ScopedDeflateLevel::current();
    }
    return deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, streamSize);
}
