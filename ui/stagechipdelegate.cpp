// SPDX-License-Identifier: Apache-2.0
#include "ui/stagechipdelegate.h"

#include "core/model/versionstagemodel.h"
#include "core/ops/stagerules.h"
#include "ui/palettetones.h"
#include "ui/stageboardview.h"
#include "ui/timetext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace keystage::ui {

namespace {
constexpr int chipHeight = 22;
constexpr int chipPadding = 9;
constexpr int chipSpacing = 6; // between chips on a line
constexpr int lineSpacing = 4; // between lines of chips (room for the focus ring)
constexpr int chipInset = 4; // the cell's left and right margin
constexpr int verticalMargin = (StageChipDelegate::minimumRowHeight - chipHeight) / 2;
constexpr int iconSize = 12;
constexpr int badgeHeight = 18;

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}
} // namespace

StageChipDelegate::StageChipDelegate(StageBoardView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_builtIn(QStringLiteral(":/icons/builtin.svg"))
    , m_deprecated(QStringLiteral(":/icons/deprecated.svg"))
{}

QColor StageChipDelegate::chipColor(const QString &stage, const QPalette &palette)
{
    return PaletteTones::chip(stage, palette).border;
}

QString StageChipDelegate::deprecatedExplanation()
{
    return tr("Deprecated: this version holds no stage, so no application reads it through a "
              "stage. CSMS may purge it automatically, for example when the secret reaches its "
              "version limit.");
}

QList<ChipGeometry> StageChipDelegate::chipLayout(const QModelIndex &index, const QRect &cellRect,
                                                  const QFont &font)
{
    const QFontMetrics metrics(font);
    const QFontMetrics bold(boldFont(font));
    QList<ChipGeometry> chips;
    const QModelIndex row = index.siblingAtColumn(VersionStageModel::StagesColumn);
    const QStringList held = row.data(VersionStageModel::StagesRole).toStringList();
    const QStringList leaving = row.data(VersionStageModel::LeavingStagesRole).toStringList();
    const QStringList pending = row.data(VersionStageModel::PendingStagesRole).toStringList();
    // Left to right, then onto the next line when the next chip does not fit; a chip wider
    // than the whole line gets the line (shortened). The line of each chip is kept in its
    // rect's y until the lines are counted.
    const int left = cellRect.left() + chipInset;
    const int usable = cellRect.width() - 2 * chipInset;
    const bool wrap = usable > 0;
    int x = left;
    int line = 0;
    const auto add = [&](const QString &stage, ChipGeometry::Kind kind) {
        const bool builtIn = StageRules::isBuiltIn(stage) || StageRules::isSystem(stage);
        int width = (builtIn ? bold : metrics).horizontalAdvance(stage) + 2 * chipPadding;
        if (builtIn)
            width += iconSize + 4;
        if (kind == ChipGeometry::Kind::Pending)
            width += metrics.horizontalAdvance(QStringLiteral(" …"));
        bool elided = false;
        if (wrap && width > usable) {
            width = usable;
            elided = true;
        }
        if (wrap && x > left && x + width > left + usable) {
            ++line;
            x = left;
        }
        chips.append({stage, QRect(x, line, width, chipHeight), kind, elided});
        x += width + chipSpacing;
    };
    for (const QString &stage : held)
        add(stage,
            leaving.contains(stage) ? ChipGeometry::Kind::Leaving : ChipGeometry::Kind::Held);
    for (const QString &stage : pending) {
        if (!held.contains(stage))
            add(stage, ChipGeometry::Kind::Pending);
    }
    // The lines, centred in the cell (a cell as high as they need has the margins above and
    // below).
    const int lines = line + 1;
    const int content = lines * chipHeight + (lines - 1) * lineSpacing;
    const int top = cellRect.top() + qMax(verticalMargin, (cellRect.height() - content) / 2);
    for (ChipGeometry &chip : chips)
        chip.rect.moveTop(top + chip.rect.top() * (chipHeight + lineSpacing));
    return chips;
}

int StageChipDelegate::rowHeightFor(const QModelIndex &index, int cellWidth, const QFont &font)
{
    const auto chips = chipLayout(index, QRect(0, 0, cellWidth, 0), font);
    if (chips.isEmpty())
        return minimumRowHeight;
    return qMax(minimumRowHeight, chips.last().rect.bottom() + 1 + verticalMargin);
}

QRect StageChipDelegate::deprecatedBadgeRect(const QModelIndex &index, const QRect &cellRect,
                                             const QFont &font)
{
    const QModelIndex version = index.siblingAtColumn(VersionStageModel::VersionColumn);
    if (!version.data(VersionStageModel::DeprecatedRole).toBool())
        return {};
    const QString id = version.data(VersionStageModel::VersionIdRole).toString();
    const QFontMetrics bm(boldFont(font));
    const QFontMetrics sm(badgeFont(font));
    const int x = cellRect.left() + 6 + bm.horizontalAdvance(id) + 8;
    return {x, cellRect.center().y() - badgeHeight / 2, sm.horizontalAdvance(tr("deprecated")) + 24,
            badgeHeight};
}

QString StageChipDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.userType() == QMetaType::QDateTime)
        return dateTimeText(value.toDateTime(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

QSize StageChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), minimumRowHeight));
    if (index.column() == VersionStageModel::StagesColumn) {
        // As wide as the widest chip (the others wrap), as high as the chips need at the
        // column's width now.
        const auto chips = chipLayout(index, QRect(), option.font);
        int widest = 0;
        for (const ChipGeometry &chip : chips)
            widest = qMax(widest, chip.rect.width());
        size.setWidth(chips.isEmpty() ? 80 : widest + 2 * chipInset);
        const int width = option.rect.width() > 0
                                  ? option.rect.width()
                                  : m_view->columnWidth(VersionStageModel::StagesColumn);
        size.setHeight(qMax(size.height(), rowHeightFor(index, width, option.font)));
    } else if (index.column() == VersionStageModel::VersionColumn) {
        const QRect badge = deprecatedBadgeRect(index, QRect(), option.font);
        const QString id = index.data(VersionStageModel::VersionIdRole).toString();
        const int text = 6 + QFontMetrics(boldFont(option.font)).horizontalAdvance(id) + 6;
        size.setWidth(qMax(size.width(), badge.isNull() ? text : badge.right() + 1 + 6));
    }
    return size;
}

void StageChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int row = index.row();
    const bool dropTarget = m_view->dropTargetRow() == row;
    const bool validTarget = m_view->isValidDropRow(row);
    if (index.column() != VersionStageModel::StagesColumn
        && index.column() != VersionStageModel::VersionColumn) {
        QStyledItemDelegate::paint(painter, option, index);
    } else {
        // Background and selection only; the content is painted below.
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, m_view);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (validTarget) {
        // While a chip is dragged, every row that accepts it is tinted; the one under the cursor
        // is outlined.
        QColor tint = chipColor(m_view->draggedStage(), option.palette);
        tint.setAlpha(dropTarget ? 60 : 22);
        painter->fillRect(option.rect, tint);
        if (dropTarget) {
            QPen pen(chipColor(m_view->draggedStage(), option.palette), 2);
            painter->setPen(pen);
            const int left = index.column() == 0 ? 1 : 0;
            painter->drawLine(option.rect.topLeft() + QPoint(left, 1),
                              option.rect.topRight() + QPoint(0, 1));
            painter->drawLine(option.rect.bottomLeft() + QPoint(left, -1),
                              option.rect.bottomRight() + QPoint(0, -1));
        }
    }
    painter->restore();

    if (index.column() == VersionStageModel::VersionColumn) {
        paintVersion(painter, option, index);
        return;
    }
    if (index.column() != VersionStageModel::StagesColumn)
        return;
    const auto chips = chipLayout(index, option.rect, option.font);
    if (chips.isEmpty()) {
        painter->save();
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(option.rect.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          tr("no stage"));
        painter->restore();
    }
    for (const ChipGeometry &chip : chips) {
        const bool selected = m_view->currentChipRow() == row
                              && m_view->currentStage() == chip.stage
                              && chip.kind != ChipGeometry::Kind::Pending;
        paintChip(painter, chip, selected, option);
    }
}

void StageChipDelegate::paintVersion(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QString id = index.data(VersionStageModel::VersionIdRole).toString();
    const QRect textRect = option.rect.adjusted(6, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, id);
    const QRect badge = deprecatedBadgeRect(index, option.rect, option.font);
    if (!badge.isNull()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(PaletteTones::background(PaletteTones::Tone::Warning, option.palette));
        painter->drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
        m_deprecated.paint(painter, QRect(badge.left() + 5, badge.center().y() - 6, 12, 12));
        painter->setFont(badgeFont(option.font));
        painter->setPen(PaletteTones::foreground(PaletteTones::Tone::Warning, option.palette));
        painter->drawText(badge.adjusted(19, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          tr("deprecated"));
    }
    painter->restore();
}

void StageChipDelegate::paintChip(QPainter *painter, const ChipGeometry &chip, bool selected,
                                  const QStyleOptionViewItem &option) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // SYSPENDING (rotation's own, never moved by hand) keeps the built-in marker, dotted and in
    // italics.
    const bool system = StageRules::isSystem(chip.stage);
    const bool builtIn = StageRules::isBuiltIn(chip.stage) || system;
    const PaletteTones::ChipColors colors = PaletteTones::chip(chip.stage, option.palette);
    if (chip.kind == ChipGeometry::Kind::Pending)
        painter->setOpacity(0.55);
    else if (chip.kind == ChipGeometry::Kind::Leaving)
        painter->setOpacity(0.3);
    const QRectF r = QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;
    QPen border(colors.border, builtIn ? 1 : 1.5);
    if (chip.kind == ChipGeometry::Kind::Pending)
        border.setStyle(Qt::DashLine);
    else if (system)
        border.setStyle(Qt::DotLine);
    painter->setPen(border);
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(r, radius, radius);
    int textLeft = chip.rect.left() + chipPadding;
    if (builtIn) {
        m_builtIn.paint(painter, QRect(textLeft - 2, chip.rect.center().y() - iconSize / 2 + 1,
                                       iconSize, iconSize));
        textLeft += iconSize + 2;
    }
    QFont font = option.font;
    font.setBold(builtIn);
    font.setItalic(system);
    painter->setFont(font);
    painter->setPen(colors.text);
    QString text = chip.stage;
    if (chip.kind == ChipGeometry::Kind::Pending)
        text += QStringLiteral(" …");
    const QRect textRect(textLeft, chip.rect.top(), chip.rect.right() - textLeft,
                         chip.rect.height());
    if (chip.elided)
        text = QFontMetrics(font).elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    if (selected) {
        // The keyboard's chip: a ring that contrasts with the row under it (the row is usually
        // selected, so the Highlight colour itself would vanish), solid and wider while the board
        // has the keyboard focus, dotted otherwise.
        painter->setOpacity(1);
        const bool rowSelected = option.state & QStyle::State_Selected;
        const QColor ring = option.palette.color(rowSelected ? QPalette::HighlightedText
                                                             : QPalette::Highlight);
        const bool focused = m_view->hasFocus();
        QPen focus(ring, focused ? 2 : 1.2);
        if (!focused)
            focus.setStyle(Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2, radius + 2);
    }
    painter->restore();
}

} // namespace keystage::ui
