// SPDX-License-Identifier: Apache-2.0
#include "ui/secretrowdelegate.h"

#include "core/model/secretlistmodel.h"
#include "ui/timetext.h"

#include <QDateTime>
#include <QLocale>

namespace keystage::ui {

QString SecretRowDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.userType() == QMetaType::QDateTime)
        return dateTimeText(value.toDateTime(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

void SecretRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(SecretListModel::PendingDeleteRole).toBool())
        return;
    option->font.setItalic(true);
    const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
    option->palette.setColor(QPalette::Text, grey);
    option->palette.setColor(QPalette::WindowText, grey);
    if (index.column() == SecretListModel::ScheduledDeletionColumn
        || index.column() == SecretListModel::StateColumn) {
        const QDateTime when = index.data(SecretListModel::ScheduledDeleteTimeRole).toDateTime();
        if (when.isValid()) {
            option->text = tr("deletion on %1")
                                   .arg(QLocale().toString(when.date(), QLocale::ShortFormat));
        }
    }
}

} // namespace keystage::ui
