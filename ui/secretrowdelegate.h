// SPDX-License-Identifier: Apache-2.0
// SecretRowDelegate: the secrets table's rows. Secrets pending deletion are greyed and italic,
// their deletion date spelled out ("deletion on …") so nobody mistakes them for usable secrets.
// A cell's text is shaped once and kept (issue 18): the style lays out and shapes every cell's
// text on every paint (twice: to place it and to draw it), and the table repaints all its rows
// after a filter, a page or a refresh. The kept text is drawn where the style would draw it.
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace keystage::ui {

class SecretRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Dates and times as everywhere in the window (dateTimeText: with seconds).
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The texts shaped and kept (tests); at most maxKeptTexts, then they are shaped again.
    int keptTexts() const { return int(m_texts.size()); }
    static constexpr int maxKeptTexts = 4096;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    struct TextKey
    {
        QString text;
        int width;
        bool italic;
        bool operator==(const TextKey &other) const
        {
            return width == other.width && italic == other.italic && text == other.text;
        }
    };
    friend size_t qHash(const TextKey &key, size_t seed) noexcept
    {
        return qHash(key.text, seed) ^ size_t(key.width) ^ size_t(key.italic);
    }

    mutable QHash<TextKey, QStaticText> m_texts; // the elided, shaped text of a cell
    mutable QFont m_font; // the font m_texts were shaped with (italic aside)
};

} // namespace keystage::ui
