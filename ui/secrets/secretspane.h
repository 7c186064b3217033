// SPDX-License-Identifier: Apache-2.0
// SecretsPane: the left side of the window, the way StageBoard is the versions'. It owns the name
// filter (Ctrl+F; Enter goes to the table, Esc clears), the tag and state filter bar, the secrets
// table on its SecretListModel and a sorting proxy, the text over an empty table, the summary line
// under it and the columns' state (the header menu that shows and hides columns, widths and order
// kept across connections and in QSettings, the sort order per profile). It keeps the selection
// across a filter change and selects a new secret once it is listed. The window only follows
// selectionChanged(): what is selected is what the details, board and actions act on.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QModelIndex;
class QSettings;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace keystage {
class ApiError;
class CsmsClient;
class SecretListModel;
} // namespace keystage

namespace keystage::ui {

class SecretFilterBar;
class SecretsSummary;

class SecretsPane : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsPane(QWidget *parent = nullptr);
    ~SecretsPane() override;

    // Lists the client's secrets (nullptr: an empty table). The filters stay as typed; the
    // columns keep what the user made of them, the rows this profile's sort order.
    void setClient(CsmsClient *client);

    SecretListModel *model() const { return m_secrets; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    SecretFilterBar *filterBar() const { return m_filterBar; }
    SecretsSummary *summary() const { return m_summary; }

    // The names of the selected secrets, in table order.
    QStringList selectedNames(bool pendingDeleteOnly = false) const;
    // The ids of selectedNames(), in the same order (one pass: no idOf() per name).
    QStringList selectedIds() const;
    QString idOf(const QString &name) const; // the listed secret's id, or empty
    // What the empty table says ("No secret matches …"); empty while it has rows.
    QString emptyListText() const;

    // A secret was just created: the list is read again and the secret selected once listed. A
    // filter that would hide it is cleared first; returns whether it was.
    bool selectNewSecret(const QString &name);
    void focusFilter(); // Ctrl+F: the name filter, its text selected

    // The columns' widths, order and hidden ones, under the settings' current group.
    void restoreColumns(const QSettings &settings);
    void saveColumns(QSettings &settings) const;

public Q_SLOTS:
    void refresh(); // the server's truth (a change elsewhere); the selection stays

Q_SIGNALS:
    // The selection (or the keyboard's current row, which selects itself when nothing is
    // selected) changed.
    void selectionChanged();
    // A listed row changed (its state after a refresh): what the selection allows may change.
    void rowsUpdated();
    // Listing or searching failed; retryable: the model's retryLoad() goes on where it stopped.
    void listFailed(const QString &headline, const keystage::ApiError &error, bool retryable);

private:
    QList<QModelIndex> selectedRows() const; // sorted by row
    QModelIndex rowOf(const QString &name) const;
    void applyFilters(); // the name box, the tag and the state to the model
    void clearFilters();
    void setUpColumns();
    void fitNameColumn();
    void restoreSort(); // this profile's sort order (QSettings, keyed by the profile id)
    void saveSort(int column, Qt::SortOrder order);
    void reselect(); // after a reset: the secrets selected before, those still listed
    void selectCurrentIfNone();
    void selectFirstIfNone();
    void selectWhenListed();
    void trackSelection();
    void updateEmptyList();

    QPointer<CsmsClient> m_client;
    QLineEdit *m_filter;
    SecretFilterBar *m_filterBar;
    QTableView *m_view;
    SecretsSummary *m_summary;
    QLabel *m_emptyList; // over the empty table: why it is empty
    SecretListModel *m_secrets = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer m_filterTimer;
    QString m_selectWhenListed;
    QString m_selected; // the one selected secret; empty with none or several
    QStringList m_keepSelected; // selected when the list was reset (a filter changed)
    QString m_keepCurrent;
    bool m_restoringSort = false;
    bool m_nameColumnFitted = false;
    bool m_headerRestored = false;
    bool m_listFailed = false; // the last listing or search failed (the banner says why)
    // The header loses the columns' state when its model goes: kept here across connections.
    QByteArray m_headerState;
};

} // namespace keystage::ui
