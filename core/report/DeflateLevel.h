// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

namespace isms {

/// Within its scope, the deflate streams that this thread opens at zlib's default level (6) use `level`
/// instead: the lever for how hard Qt's PDF engine compresses the pages it writes.
///
/// Qt's engine deflates every page at the default level and has no setting for it, and its content
/// streams are large (a positioning operator for each glyph): for a 3,000-page register, level 6 took a
/// third of the export. Level 3 writes those streams more than twice as fast, for a quarter more
/// bytes. The scope works through our definition of zlib's `deflateInit_` in the executable, which
/// the dynamic linker prefers to zlib's own on ELF systems; elsewhere (macOS, Windows) the guard has no
/// effect and the PDF is written at the default level, which is the same PDF, only smaller and slower.
///
/// Outside every scope, and on other threads, that definition does exactly what zlib's does.
class ScopedDeflateLevel
{
public:
    /// `level` from 1 (fastest) to 9 (smallest).
    explicit ScopedDeflateLevel(int level);
    ~ScopedDeflateLevel();

    ScopedDeflateLevel(const ScopedDeflateLevel &) = delete;
    ScopedDeflateLevel &operator=(const ScopedDeflateLevel &) = delete;

    /// The level that a default-level stream opened now on this thread gets; -1 outside every scope.
    static int current();

private:
    int m_previous;
};

} // namespace isms
