// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/DeflateLevel.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <thread>
#include <zlib.h>

namespace isms {
namespace {

/// Text shaped like a PDF page's content stream: a positioning operator and a glyph for each character.
QByteArray pageLikeText()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i) {
        text.append(QByteArray::number((i * 7919) % 1000 / 8.0, 'f', 7))
            .append(" 0 Td <00")
            .append(QByteArray::number(i % 61 + 16, 16))
            .append("> Tj\n");
    }
    return text;
}

/// `data` deflated through a stream opened as Qt's PDF engine opens it: deflateInit() at the default level.
QByteArray deflatedAtDefaultLevel(const QByteArray &data, int level = Z_DEFAULT_COMPRESSION)
{
    z_stream stream{};
    EXPECT_EQ(deflateInit(&stream, level), Z_OK);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

/// `data` compressed by zlib's one-call function at an explicit level.
QByteArray compressedAt(const QByteArray &data, int level)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    EXPECT_EQ(compress2(reinterpret_cast<Bytef *>(out.data()),
                        &size,
                        reinterpret_cast<const Bytef *>(data.constData()),
                        uLong(data.size()),
                        level),
              Z_OK);
    out.resize(qsizetype(size));
    return out;
}

TEST(DeflateLevelTest, OutsideEveryScopeADefaultStreamIsZlibsLevelSix)
{
    const QByteArray text = pageLikeText();
    EXPECT_EQ(ScopedDeflateLevel::current(), Z_DEFAULT_COMPRESSION);
    EXPECT_EQ(deflatedAtDefaultLevel(text), compressedAt(text, 6));
}

TEST(DeflateLevelTest, InsideAScopeADefaultStreamUsesTheScopesLevel)
{
    const QByteArray text = pageLikeText();
    const QByteArray atSix = compressedAt(text, 6);
    {
        const ScopedDeflateLevel fast(3);
        EXPECT_EQ(ScopedDeflateLevel::current(), 3);
        const QByteArray inScope = deflatedAtDefaultLevel(text);
        EXPECT_EQ(inScope, compressedAt(text, 3));
        EXPECT_NE(inScope, atSix);
        // Streams that name their level keep it.
        EXPECT_EQ(deflatedAtDefaultLevel(text, 9), compressedAt(text, 9));
    }
    EXPECT_EQ(deflatedAtDefaultLevel(text), atSix);
}

TEST(DeflateLevelTest, ScopesNestAndOutOfRangeLevelsAreClamped)
{
    const ScopedDeflateLevel outer(3);
    {
        const ScopedDeflateLevel inner(0);
        EXPECT_EQ(ScopedDeflateLevel::current(), 1);
        const ScopedDeflateLevel innermost(42);
        EXPECT_EQ(ScopedDeflateLevel::current(), 9);
    }
    EXPECT_EQ(ScopedDeflateLevel::current(), 3);
}

TEST(DeflateLevelTest, AScopeOnOneThreadLeavesOtherThreadsAtTheDefault)
{
    const QByteArray text = pageLikeText();
    const ScopedDeflateLevel fast(1);
    QByteArray onOtherThread;
    std::thread other([&] { onOtherThread = deflatedAtDefaultLevel(text); });
    other.join();
    EXPECT_EQ(onOtherThread, compressedAt(text, 6));
    EXPECT_EQ(deflatedAtDefaultLevel(text), compressedAt(text, 1));
}

} // namespace
} // namespace isms
