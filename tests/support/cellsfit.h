// SPDX-License-Identifier: Apache-2.0
// cutCells: which cells and column titles of a table view are too narrow for their text (the
// delegate's own size hint, so fonts set by initStyleOption, such as italics, count). Header
// only, for widget tests; an empty list means the user reads every cell whole.
#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStringList>
#include <QStyleOptionViewItem>
#include <QTableView>

namespace keystage::test {

inline QStringList cutCells(QTableView *view, const QList<int> &columns)
{
    QStringList cut;
    QHeaderView *header = view->horizontalHeader();
    QAbstractItemModel *rows = view->model();
    for (const int column : columns) {
        const QString title = rows->headerData(column, Qt::Horizontal).toString();
        if (header->sectionSizeHint(column) > header->sectionSize(column))
            cut << QStringLiteral("title %1").arg(title);
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QModelIndex index = rows->index(row, column);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.font = view->font();
            const int needed = view->itemDelegate()->sizeHint(option, index).width();
            if (needed > view->columnWidth(column)) {
                cut << QStringLiteral("%1, row %2 (\"%3\"): %4 > %5")
                                .arg(title)
                                .arg(row)
                                .arg(index.data().toString())
                                .arg(needed)
                                .arg(view->columnWidth(column));
            }
        }
    }
    return cut;
}

} // namespace keystage::test
