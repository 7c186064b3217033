// SPDX-License-Identifier: Apache-2.0
// ActivityPane: the Activity dock's contents. The API calls of the session (ActivityModel), with
// failures in the error tone and an icon, a filter (errors only, and text over every column),
// Copy of whole rows and of a request id, and an export of the log to CSV or JSON lines. The log
// holds identifiers and numbers only (see ApiCallRecord), so nothing exported can be a secret.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace keystage {
class ActivityModel;
}

namespace keystage::ui {

class ActivityFilterModel;

class ActivityPane : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPane(ActivityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The rows shown now (after the filter), as source rows, in view order.
    QList<int> shownRows() const;
    void setErrorsOnly(bool errorsOnly);
    void setFilterText(const QString &text);

    // Writes the shown rows to `fileName`: JSON lines when it ends in .jsonl/.json, else CSV.
    // Returns an empty string or the error.
    QString exportTo(const QString &fileName) const;

public Q_SLOTS:
    void copySelectedRows() const; // tab-separated, with the column titles
    void copyRequestId() const; // of the current row
    void exportLog(); // asks for a file

private:
    QList<int> selectedSourceRows() const;
    void showMenu(const QPoint &pos);

    ActivityModel *m_model;
    ActivityFilterModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_errorsOnly;
    QLineEdit *m_text;
    QToolButton *m_export;
};

} // namespace keystage::ui
