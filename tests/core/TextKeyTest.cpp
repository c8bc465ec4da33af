// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/TextKey.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace isms;

TEST(TextKey, EqualTextsHashAlikeAndDifferentSeedsHashApart)
{
    const QString a = QStringLiteral("R-001");
    const QString b = QStringLiteral("R-") + QStringLiteral("001"); // another string with the same text
    EXPECT_EQ(textHash(a, 42), textHash(b, 42));
    EXPECT_NE(textHash(a, 42), textHash(a, 43));
    EXPECT_NE(textHash(a, 42), textHash(QStringLiteral("R-002"), 42));
}

TEST(TextKey, TrailingZeroCodeUnitsAndEveryLengthCount)
{
    // The last word is padded with zeros: the length keeps "A" and "A\0" apart.
    const QString one(1, u'A');
    QString two = one;
    two.append(QChar(u'\0'));
    EXPECT_NE(textHash(one, 7), textHash(two, 7));
    EXPECT_NE(textHash(QString(), 7), textHash(QString(1, QChar(u'\0')), 7));
    // Each length from empty to past two words, each code unit of the tail counted.
    QSet<size_t> hashes;
    for (int length = 0; length <= 20; ++length) {
        hashes.insert(textHash(QString(length, u'x'), 7));
        if (length > 0) {
            QString changed(length, u'x');
            changed[length - 1] = u'y';
            EXPECT_NE(textHash(changed, 7), textHash(QString(length, u'x'), 7)) << length;
        }
    }
    EXPECT_EQ(hashes.size(), 21);
}

TEST(TextKey, ReferencesSpreadOverTheBuckets)
{
    // 100,000 references of the form a register gives: the low 17 bits, which pick a bucket of a table
    // that size, take about as many values as a random function would (1 - 1/e of 131,072 slots for
    // 100,000 keys is about 53%).
    QSet<size_t> buckets;
    for (int i = 0; i < 100000; ++i) {
        buckets.insert(textHash(QStringLiteral("R-%1").arg(i, 5, 10, QChar(u'0')), 0x9e3779b9) & 0x1ffff);
    }
    EXPECT_GT(buckets.size(), 60000);
}

TEST(TextKey, AMapOfTextKeysIsReadAndWrittenWithTexts)
{
    TextHash<int> map;
    map.insert(QStringLiteral("T-017"), 17);
    map.insert(QStringLiteral("Ünïcödé"), 2);
    EXPECT_EQ(map.value(QStringLiteral("T-017")), 17);
    EXPECT_TRUE(map.contains(QStringLiteral("Ünïcödé")));
    EXPECT_FALSE(map.contains(QStringLiteral("t-017")));
    QStringList keys;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        keys.append(it.key());
    }
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("T-017"), QStringLiteral("Ünïcödé")}));
}

TEST(TextKey, KeysCarryTheirOwnRandomSeedWhateverQtsSeedIs)
{
    // Under a zero QHash seed (chooseHashSeed() on some processors) a TextKey is still hashed with the
    // process's random seed, the same for equal texts.
    const TextKey key(QStringLiteral("R-001"));
    EXPECT_EQ(qHash(key, 0), qHash(TextKey(QStringLiteral("R-001")), 0));
    EXPECT_EQ(qHash(key, 0), textHash(key.text, textKeySeed()));
    EXPECT_EQ(textKeySeed(), textKeySeed());
}

TEST(TextKey, TheHashSeedIsZeroOnlyWhereQtWouldUseItsAvxHash)
{
    chooseHashSeed();
    if (hasVaesAndAvx512() && !qEnvironmentVariableIsSet("QT_HASH_SEED")) {
        EXPECT_EQ(QHashSeed::globalSeed(), 0U);
    } else if (!qEnvironmentVariableIsSet("QT_HASH_SEED")) {
        EXPECT_NE(QHashSeed::globalSeed(), 0U);
    }
}
