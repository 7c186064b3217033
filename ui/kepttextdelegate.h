// SPDX-License-Identifier: Apache-2.0
// KeptTextDelegate: an item delegate that shapes each cell's text once and keeps it (issue 18).
// The style lays out and shapes every cell's text on every paint (twice: to place it and to draw
// it), and a table repaints all its visible rows after a page, a refresh or a new row. The kept
// text is drawn where the style would draw it; cells that are not plain left-aligned single-line
// text (an icon, a check box, wrapping, right alignment, an editor) and the focused cell (the
// style draws its focus frame over the text) are drawn by the style.
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace keystage::ui {

class KeptTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The texts shaped and kept (tests); at most maxKeptTexts, then they are shaped again.
    int keptTexts() const { return int(m_texts.size()); }
    static constexpr int maxKeptTexts = 4096;

private:
    struct TextKey
    {
        QString text;
        int width;
        bool italic;
        Qt::TextElideMode elide;
        bool operator==(const TextKey &other) const
        {
            return width == other.width && italic == other.italic && elide == other.elide
                   && text == other.text;
        }
    };
    friend size_t qHash(const TextKey &key, size_t seed) noexcept
    {
        return qHash(key.text, seed) ^ size_t(key.width) ^ size_t(key.italic)
               ^ (size_t(key.elide) << 20);
    }

    mutable QHash<TextKey, QStaticText> m_texts; // the elided, shaped text of a cell
    mutable QFont m_font; // the font m_texts were shaped with (italic aside)
};

} // namespace keystage::ui
