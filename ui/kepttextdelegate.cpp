// SPDX-License-Identifier: Apache-2.0
#include "ui/kepttextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace keystage::ui {

void KeptTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Plain left-to-right single-line text only; anything else the style draws as it always did.
    // So does the focused cell: the style draws its focus frame over the text, after it.
    const Qt::Alignment align = opt.displayAlignment;
    const bool plain
            = !opt.text.isEmpty() && opt.direction == Qt::LeftToRight
              && !(opt.features
                   & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                      | QStyleOptionViewItem::WrapText))
              && !(opt.state & (QStyle::State_Editing | QStyle::State_HasFocus))
              && (align & Qt::AlignHorizontal_Mask) == Qt::AlignLeft
              && (align & Qt::AlignVertical_Mask) == Qt::AlignVCenter
              && !opt.text.contains(QChar::LineSeparator);
    if (!plain) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus
    // Where QCommonStyle draws a text-only cell's text: the cell less the focus frame's margin,
    // elided to fit, centred vertically on a line's height.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    QFont base = opt.font;
    base.setItalic(false);
    if (base != m_font) {
        m_texts.clear();
        m_font = base;
    }
    if (m_texts.size() >= maxKeptTexts)
        m_texts.clear();
    const TextKey key{text, textRect.width(), opt.font.italic(), opt.textElideMode};
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        QStaticText shaped(
                QFontMetrics(opt.font).elidedText(text, opt.textElideMode, textRect.width()));
        shaped.setTextFormat(Qt::PlainText);
        shaped.prepare(QTransform(), opt.font);
        it = m_texts.insert(key, shaped);
    }
    QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
    const int lineHeight = QFontMetrics(opt.font).height();
    painter->drawStaticText(
            QPoint(textRect.left(), textRect.top() + (textRect.height() - lineHeight) / 2), *it);
    painter->restore();
}

} // namespace keystage::ui
