// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QFont>
#include <QRgb>
#include <QString>

/// The look of every report: colours, spacing and fonts. Internal to isms_report.
namespace isms::style {

inline constexpr QRgb Ink = 0x1E2630;          ///< body text
inline constexpr QRgb MutedInk = 0x5B6673;     ///< labels, header and footer text
inline constexpr QRgb Accent = 0x1F3A5F;       ///< headings, table headers, rules
inline constexpr QRgb AccentBright = 0x2F6DB5; ///< the short rule on the cover
inline constexpr QRgb Rule = 0xB9C1CC;         ///< header and footer rules
inline constexpr QRgb RowRule = 0xD9DEE5;      ///< rules between table rows
inline constexpr QRgb Zebra = 0xF3F5F8;        ///< every other table row

inline constexpr qreal SideMarginMm = 18.0;
inline constexpr qreal HeaderTopMm = 11.0;    ///< paper edge to the header text
inline constexpr qreal FooterBottomMm = 11.0; ///< paper edge to the footer text
inline constexpr qreal BodyGapMm = 7.0;       ///< header rule to the body, body to the footer rule
inline constexpr qreal BlockGapMm = 3.5;
inline constexpr qreal AfterHeadingMm = 1.5;
inline constexpr qreal Heading1BeforeMm = 8.0;
inline constexpr qreal Heading1AfterMm = 3.0;
inline constexpr qreal Heading2BeforeMm = 6.0;
inline constexpr qreal Heading2AfterMm = 1.0;
inline constexpr qreal KeyValueGapMm = 1.4;
inline constexpr qreal CellPadHMm = 1.8;
inline constexpr qreal CellPadVMm = 1.3;
inline constexpr qreal CompactCellPadHMm = 1.3; ///< in compact tables (wide registers)
inline constexpr qreal CompactCellPadVMm = 1.0;
inline constexpr qreal ContentsEntryMm = 7.5;

/// The fonts of a report, all of one family.
struct Fonts
{
    QFont body;
    QFont bodyBold;
    QFont small;
    QFont smallBold;
    QFont table;
    QFont tableBold;
    QFont tableHeader;
    QFont h1;
    QFont h2;
    QFont contents;
    QFont chart;
    QFont badge;
    QFont coverTitle;
    QFont coverSubtitle;
    QFont coverOrganisation;
    QFont coverFact;

    static Fonts make(const QString &family)
    {
        auto font = [&family](qreal pointSize, bool bold) {
            QFont f(family);
            f.setStyleHint(QFont::SansSerif);
            f.setPointSizeF(pointSize);
            f.setBold(bold);
            f.setKerning(true);
            // Set, not left to the application's font: the window's text skips shaping, a report's
            // never does, so a PDF is the same from the window and from isms-cli.
            f.setStyleStrategy(QFont::PreferDefault);
            f.setHintingPreference(QFont::PreferNoHinting);
            // Any letter spacing turns ligatures off, so "fi" stays two letters that PDF readers can find.
            f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
            return f;
        };
        return Fonts{
            .body = font(9.5, false),
            .bodyBold = font(9.5, true),
            .small = font(7.5, false),
            .smallBold = font(7.5, true),
            .table = font(8.5, false),
            .tableBold = font(8.5, true),
            .tableHeader = font(8, true),
            .h1 = font(16, true),
            .h2 = font(11.5, true),
            .contents = font(10.5, false),
            .chart = font(8, false),
            .badge = font(9, true),
            .coverTitle = font(28, true),
            .coverSubtitle = font(13, false),
            .coverOrganisation = font(12, true),
            .coverFact = font(10, false),
        };
    }
};

} // namespace isms::style
