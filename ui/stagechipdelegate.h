// SPDX-License-Identifier: Apache-2.0
// StageChipDelegate: paints a version row of the stage board. The stages column shows each stage
// as a rounded chip (SYSCURRENT and SYSPREVIOUS filled and marked built in, SYSPENDING marked
// built in with a dotted outline and italics, custom stages outlined), pending arrivals dashed and
// dimmed, stages being moved away as ghosts; the version column carries a "deprecated" badge when
// the version holds no stage. The chip layout is one function, chipLayout(), shared by painting,
// hit testing, the row heights and the e2e probe: chips wrap onto more lines when the stages
// column is too narrow for them, and a chip wider than the column is shortened (its name elided).
#pragma once

#include <QIcon>
#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

namespace keystage::ui {

class StageBoardView;

struct ChipGeometry
{
    enum class Kind { Held, Pending, Leaving };
    QString stage;
    QRect rect; // in the view's viewport coordinates
    Kind kind = Kind::Held;
    bool elided = false; // narrower than its name needs: the name is elided, the tooltip has it
};

class StageChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StageChipDelegate(StageBoardView *view);

    // A row of the board is never lower than this (one line of chips).
    static constexpr int minimumRowHeight = 34;

    // The chips of the stages cell `cellRect` for `index` (any column of the row), wrapped onto
    // as many lines as the cell's width needs (no wrap when the width is 0 or less).
    static QList<ChipGeometry> chipLayout(const QModelIndex &index, const QRect &cellRect,
                                          const QFont &font);
    // The height the row of `index` needs to show all its chips in a stages cell `cellWidth`
    // wide (the same layout as chipLayout()).
    static int rowHeightFor(const QModelIndex &index, int cellWidth, const QFont &font);
    // The "deprecated" badge of a version cell (empty when the version holds a stage).
    static QRect deprecatedBadgeRect(const QModelIndex &index, const QRect &cellRect,
                                     const QFont &font);
    // What the badge means (its tooltip and accessible description).
    static QString deprecatedExplanation();
    // The outline colour of the chip of `stage` (also the drop-target tint), for this palette.
    static QColor chipColor(const QString &stage, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Created and Expires as everywhere in the window (dateTimeText: with seconds).
    QString displayText(const QVariant &value, const QLocale &locale) const override;

private:
    void paintChip(QPainter *painter, const ChipGeometry &chip, bool selected,
                   const QStyleOptionViewItem &option) const;
    void paintVersion(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;

    StageBoardView *m_view;
    QIcon m_builtIn;
    QIcon m_deprecated;
};

} // namespace keystage::ui
