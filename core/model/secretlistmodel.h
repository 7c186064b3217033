// SPDX-License-Identifier: Apache-2.0
// SecretListModel: the secrets of one CsmsClient as a table, loaded page by page.
//
// Paging: canFetchMore()/fetchMore() with an in-flight flag. Rows are inserted when a page
// arrives. A failed page (or refresh) changes no row, clears the flag, emits loadFailed() and
// leaves the list *incomplete* (isIncomplete(), loadError()): canFetchMore() is then false, so a
// view scrolling to the end does not ask for the failed page again and again; retryLoad()
// continues from the failed page (a failed refresh runs again), never from scratch.
//
// Refresh: refresh() re-lists as many pages as were loaded and merges the result into the rows
// with row-level signals (rows that disappeared are removed, new ones inserted, changed ones
// reported by dataChanged), so views keep the selection and the scroll position of rows that
// still exist. A full reset happens only if the server's order of the surviving rows changed.
//
// Name search: setFilterText() filters the loaded rows at once (case-insensitive substring; a new
// filter text resets the model), then asks the server (CsmsClient::filterResources, a
// resource_name match) so that a secret that is not loaded yet is found too. The server's answer
// replaces the local matches by row-level changes. A newer filter aborts the older request and a
// stale answer is ignored, so results never arrive out of order. While a filter is set,
// canFetchMore()/fetchMore() page through the server's matches.
//
// Tag and state filters: setTagFilter() searches on the server too (the resource-instances
// filter's "tags"), combined with the name. The server cannot filter by state (its "matches"
// take resource_name only), so setStateFilter() filters on the client: the server's matches, or,
// with no name or tag, the loaded pages of the full list (fetchMore() goes on paging it).
// searchTotal() is then unknown (-1). Tags are known only for the secrets a search returned
// (the list of secrets carries none): tagsOf() and the Tags column show those, nothing else.
//
// Metadata only: no role ever carries a secret value.
#pragma once

#include "core/api/apierror.h"
#include "core/api/csmsclient.h"
#include "core/model/secretrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <functional>
#include <optional>

namespace keystage {

class SecretListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        TypeColumn,
        DescriptionColumn,
        CreatedColumn,
        UpdatedColumn,
        ScheduledDeletionColumn,
        TagsColumn, // "key=value, ..." when a search returned the secret's tags
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        IdRole, // QString (tags are addressed by it)
        StateRole, // QString: ENABLED, DISABLED, PENDING_DELETE, FROZEN, ...
        TypeRole, // QString: COMMON, RDS-FG, GaussDB-FG
        DescriptionRole, // QString
        CreateTimeRole, // QDateTime (local time)
        UpdateTimeRole, // QDateTime
        ScheduledDeleteTimeRole, // QDateTime, invalid unless the secret is PENDING_DELETE
        PendingDeleteRole, // bool
        TagsRole, // QString "key=value, ...": empty when not known (see tagsKnown())
    };
    Q_ENUM(Role)

    explicit SecretListModel(CsmsClient *client, QObject *parent = nullptr);
    ~SecretListModel() override;

    CsmsClient *client() const { return m_client; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size); // 0: the profile's; default 0
    int searchPageSize() const { return m_searchPageSize; }
    void setSearchPageSize(int size); // 1..1000, default 200

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const; // a page, a refresh or a search is in flight
    bool isComplete() const { return m_atEnd; } // every page of the full list is loaded
    // A page or a refresh failed: the list stops there until retryLoad().
    bool isIncomplete() const { return m_loadError.has_value(); }
    // The error that left the list incomplete; meaningful only when isIncomplete().
    ApiError loadError() const { return m_loadError.value_or(ApiError()); }
    int loadedCount() const { return int(m_loaded.size()); } // full list, whatever the filter
    int rowOf(const QString &name) const; // -1 when not shown
    SecretRow rowAt(int row) const;

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    // Tags to search for (all must match); an empty value matches any value of the key.
    QList<Tag> tagFilter() const { return m_tagFilter; }
    void setTagFilter(const QList<Tag> &tags);
    // ENABLED, DISABLED, PENDING_DELETE, FROZEN...; empty: any state. Filtered on the client.
    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    bool hasFilter() const
    {
        return !m_filter.isEmpty() || !m_tagFilter.isEmpty() || !m_stateFilter.isEmpty();
    }
    // Would a secret with this name and state be shown under the filter? (Tags: only if known.)
    bool wouldShow(const QString &name, const QString &state) const;
    // Number of matches the server reported for the filter, -1 before it answered or when a
    // state filter (client-side) is set.
    int searchTotal() const { return m_stateFilter.isEmpty() ? m_searchTotal : -1; }
    bool tagsKnown(const QString &name) const { return m_tags.contains(name); }

public Q_SLOTS:
    // Re-lists the loaded pages (the first page when none was loaded) and merges.
    void refresh();
    // Drops every row and starts from the first page at the next fetchMore().
    void clear();
    // After a failure: asks for the failed page again (or runs the failed refresh again).
    void retryLoad();

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const keystage::ApiError &error); // the list is now incomplete
    void refreshed();
    void searchFinished(int total);
    void searchFailed(const keystage::ApiError &error);
    void loadingChanged(bool loading);

private:
    const QVector<SecretRow> &shown() const { return hasFilter() ? m_view : m_loaded; }
    QVector<SecretRow> &shown() { return hasFilter() ? m_view : m_loaded; }
    bool searchesServer() const { return !m_filter.isEmpty() || !m_tagFilter.isEmpty(); }
    bool filterMatches(const SecretRow &row) const;
    bool stateMatches(const QString &state) const;
    QVector<SecretRow> localMatches(const QVector<SecretRow> &rows) const;
    void applyFilter(const std::function<void()> &change);
    void continueUnderStateFilter();
    void fetchPage();
    void fetchSearchPage();
    void refreshNext(const QString &marker, int rowsLeft);
    void finishRefresh(const QString &nextMarker, bool atEnd);
    void startSearch();
    void appendRows(QVector<SecretRow> &target, QVector<SecretRow> rows);
    // Turns `current` (the shown rows) into `next` with row-level signals.
    void mergeRows(QVector<SecretRow> &current, QVector<SecretRow> next);
    void applyChangedRows(QVector<SecretRow> next, const QVector<int> &changed);
    void setLoadingState();
    void failLoad(const ApiError &error, bool duringRefresh);

    QPointer<CsmsClient> m_client;
    SecretRowInterner m_interner;
    QVector<SecretRow> m_loaded; // the full list, page by page
    QVector<SecretRow> m_view; // what is shown while a filter is set
    int m_pageSize = 0;
    int m_searchPageSize = 200;
    QString m_nextMarker;
    bool m_atEnd = false;
    int m_pagesLoaded = 0;
    std::optional<ApiError> m_loadError; // the list is incomplete
    bool m_refreshFailed = false; // ... because a refresh failed (retryLoad refreshes again)
    QPointer<ApiReply> m_pageReply;
    QPointer<ApiReply> m_refreshReply;
    QVector<SecretRow> m_refreshRows;
    // While a refresh runs: do the rows so far match m_loaded name by name, and which differ.
    // Compared as the pages arrive, so that finishing a large refresh is cheap.
    bool m_refreshAligned = false;
    QVector<int> m_refreshChanged;
    QString m_filter;
    QList<Tag> m_tagFilter;
    QString m_stateFilter;
    QHash<QString, QString> m_tags; // name -> "key=value, ...", from the searches' answers
    QPointer<ApiReply> m_searchReply;
    quint64 m_searchGeneration = 0;
    int m_searchTotal = -1;
    int m_searchOffset = 0;
    bool m_wasLoading = false;
};

} // namespace keystage
