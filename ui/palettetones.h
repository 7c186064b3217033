// SPDX-License-Identifier: Apache-2.0
// PaletteTones: the few colours Keystage adds to the system palette (message tones, stage chips,
// badges), each in a light and a dark variant picked by the lightness of the palette's Window
// colour, so that text stays readable when the desktop uses a dark palette. Header only: plain
// functions of a QPalette, no state.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <algorithm>
#include <cmath>

namespace keystage::ui {

class PaletteTones
{
public:
    enum class Tone { Information, Warning, Error, Success };

    static bool isDark(const QPalette &palette)
    {
        return palette.color(QPalette::Window).lightnessF() < 0.5;
    }

    // A panel background for the tone (message banner, badges).
    static QColor background(Tone tone, const QPalette &palette)
    {
        const bool dark = isDark(palette);
        switch (tone) {
        case Tone::Warning:
            return dark ? QColor(0x4d, 0x3d, 0x10) : QColor(0xfd, 0xf0, 0xcf);
        case Tone::Error:
            return dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfb, 0xe4, 0xe4);
        case Tone::Success:
            return dark ? QColor(0x1f, 0x44, 0x24) : QColor(0xe6, 0xf4, 0xe7);
        case Tone::Information:
            break;
        }
        return dark ? QColor(0x1e, 0x3a, 0x5a) : QColor(0xe8, 0xf1, 0xfb);
    }

    // Text on background(tone).
    static QColor textOnBackground(const QPalette &palette)
    {
        return isDark(palette) ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x20, 0x20, 0x20);
    }

    // Coloured text on the palette's own Window or Base colour (status lines, badge labels).
    static QColor foreground(Tone tone, const QPalette &palette)
    {
        const bool dark = isDark(palette);
        switch (tone) {
        case Tone::Warning:
            return dark ? QColor(0xf2, 0xc4, 0x6d) : QColor(0x8a, 0x56, 0x00);
        case Tone::Error:
            return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
        case Tone::Success:
            return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x25, 0x6b, 0x29);
        case Tone::Information:
            break;
        }
        return dark ? QColor(0x8a, 0xb8, 0xf0) : QColor(0x1f, 0x5f, 0xa8);
    }

    // Stage chips: SYSCURRENT and SYSPREVIOUS are filled (white text on both palettes), custom
    // stages outlined on a tinted fill.
    struct ChipColors
    {
        QColor fill;
        QColor border;
        QColor text;
    };
    static ChipColors chip(const QString &stage, const QPalette &palette)
    {
        if (stage == QLatin1String("SYSCURRENT")) {
            const QColor green(0x2e, 0x7d, 0x32);
            return {green, green, Qt::white};
        }
        if (stage == QLatin1String("SYSPREVIOUS")) {
            // A little lighter on dark palettes, where the darker violet melts into the table.
            const QColor violet
                    = isDark(palette) ? QColor(0x7c, 0x5c, 0xae) : QColor(0x6a, 0x4c, 0x93);
            return {violet, violet, Qt::white};
        }
        if (isDark(palette))
            return {QColor(0x1e, 0x3a, 0x5a), QColor(0x6f, 0xa8, 0xe8), QColor(0xd6, 0xe7, 0xfb)};
        return {QColor(0xe8, 0xf0, 0xfa), QColor(0x1f, 0x5f, 0xa8), QColor(0x18, 0x49, 0x81)};
    }

    // WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                   + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
};

} // namespace keystage::ui
