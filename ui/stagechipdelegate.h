// StageChipDelegate: paints a version row of the stage board. The stages column shows each stage
// as a rounded chip (SYSCURRENT and SYSPREVIOUS filled and marked built in, SYSPENDING marked
// built in with a dotted outline and italics, custom stages outlined), pending arrivals dashed and
// dimmed, stages being moved away as ghosts; the version column carries a "deprecated" badge when
// the version holds no stage. The chip layout is one function, chipLayout(), shared by painting,
// hit testing and the e2e probe.
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
};

class StageChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StageChipDelegate(StageBoardView *view);

    // The chips of the stages cell `cellRect` for `index` (any column of the row).
    static QList<ChipGeometry> chipLayout(const QModelIndex &index, const QRect &cellRect,
                                          const QFont &font);
    // The outline colour of the chip of `stage` (also the drop-target tint), for this palette.
    static QColor chipColor(const QString &stage, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

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
