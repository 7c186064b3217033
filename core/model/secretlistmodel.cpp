// SPDX-License-Identifier: Apache-2.0
#include "core/model/secretlistmodel.h"

#include "core/model/modellogging.h"
#include "core/model/timevalue.h"
#include "core/ops/secretassociation.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <utility>

namespace keystage {

namespace {

// Freeing 100,000 rows at once takes ≈ 20 ms (malloc consolidation): free them a slice per
// event-loop turn instead, so that no turn of the ui thread is long enough to drop a frame.
void releaseInSlices(QObject *context, std::shared_ptr<QVector<SecretRow>> rows)
{
    constexpr qsizetype slice = 5000;
    rows->resize(qMax<qsizetype>(0, rows->size() - slice));
    if (rows->isEmpty())
        return;
    QTimer::singleShot(0, context, [context, rows]() { releaseInSlices(context, rows); });
}

} // namespace

SecretListModel::SecretListModel(CsmsClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

SecretListModel::~SecretListModel()
{
    for (ApiReply *reply : {m_pageReply.data(), m_refreshReply.data(), m_searchReply.data()}) {
        if (reply)
            reply->abort();
    }
}

void SecretListModel::setPageSize(int size)
{
    m_pageSize = qBound(0, size, 1000);
}

void SecretListModel::setSearchPageSize(int size)
{
    m_searchPageSize = qBound(1, size, 1000);
}

int SecretListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shown().size());
}

int SecretListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretRow &row = shown().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case StateColumn:
            return row.state;
        case TypeColumn:
            // "TaurusDB (GaussDB-FG)": the type as users know it (Huawei's SDK, issue 15).
            return SecretAssociation::secretTypeLabel(row.type);
        case DescriptionColumn:
            return row.description;
        case CreatedColumn:
            return timeValue(row.createTime);
        case UpdatedColumn:
            return timeValue(row.updateTime);
        case ScheduledDeletionColumn:
            return timeValue(row.pendingDeletionTime());
        case TagsColumn:
            return m_tags.value(row.name);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TagsColumn) {
            return m_tags.contains(row.name)
                           ? QVariant(m_tags.value(row.name))
                           : QVariant(tr("Tags not known yet: the list of secrets carries none. "
                                         "A search by name or tag reads them."));
        }
        return index.column() == DescriptionColumn && !row.description.isEmpty()
                       ? QVariant(row.description)
                       : QVariant();
    case NameRole:
        return row.name;
    case IdRole:
        return row.id();
    case StateRole:
        return row.state;
    case TypeRole:
        return row.type;
    case DescriptionRole:
        return row.description;
    case CreateTimeRole:
        return timeValue(row.createTime);
    case UpdateTimeRole:
        return timeValue(row.updateTime);
    case ScheduledDeleteTimeRole:
        return timeValue(row.pendingDeletionTime());
    case PendingDeleteRole:
        return row.isPendingDelete();
    case TagsRole:
        return m_tags.value(row.name);
    default:
        return {};
    }
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TagsColumn)
        return tr("The tags a search by name or tag returned: the list of secrets carries none, "
                  "so other rows show nothing until such a search finds them.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ScheduledDeletionColumn:
        return tr("Scheduled deletion");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

QHash<int, QByteArray> SecretListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(IdRole, "secretId");
    names.insert(StateRole, "state");
    names.insert(TypeRole, "secretType");
    names.insert(DescriptionRole, "description");
    names.insert(CreateTimeRole, "createTime");
    names.insert(UpdateTimeRole, "updateTime");
    names.insert(ScheduledDeleteTimeRole, "scheduledDeleteTime");
    names.insert(PendingDeleteRole, "pendingDelete");
    names.insert(TagsRole, "tags");
    return names;
}

bool SecretListModel::isLoading() const
{
    return m_pageReply || m_refreshReply || m_searchReply;
}

int SecretListModel::rowOf(const QString &name) const
{
    const QVector<SecretRow> &rows = shown();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).name == name)
            return i;
    }
    return -1;
}

SecretRow SecretListModel::rowAt(int row) const
{
    return shown().value(row);
}

bool SecretListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_client || m_refreshReply)
        return false;
    if (searchesServer())
        return !m_searchReply && m_searchTotal >= 0 && m_searchOffset < m_searchTotal;
    return !m_atEnd && !m_pageReply && !m_loadError;
}

void SecretListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (searchesServer())
        fetchSearchPage();
    else
        fetchPage();
}

void SecretListModel::setLoadingState()
{
    const bool loading = isLoading();
    if (loading != m_wasLoading) {
        m_wasLoading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void SecretListModel::fetchPage()
{
    auto *reply = m_client->listSecrets(m_nextMarker, m_pageSize);
    m_pageReply = reply;
    reply->then(this, [this, reply](const ApiResult<SecretPage> &result) {
        if (m_pageReply == reply)
            m_pageReply = nullptr;
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled) {
                qCWarning(lcModel) << "secret page failed:" << result.error().summary();
                failLoad(result.error(), false);
            }
            setLoadingState();
            return;
        }
        const SecretPage &page = result.value();
        QVector<SecretRow> rows;
        rows.reserve(page.items.size());
        for (const Secret &secret : page.items)
            rows.append(m_interner.make(secret));
        m_atEnd = !page.hasMore();
        m_nextMarker = page.pageInfo.nextMarker;
        ++m_pagesLoaded;
        const int count = int(rows.size());
        if (!hasFilter()) {
            appendRows(m_loaded, std::move(rows));
        } else {
            m_loaded.append(rows);
            if (!searchesServer())
                appendRows(m_view, localMatches(rows)); // the state filter, on the new page
        }
        setLoadingState();
        Q_EMIT pageLoaded(count);
        continueUnderStateFilter();
    });
    setLoadingState();
}

void SecretListModel::failLoad(const ApiError &error, bool duringRefresh)
{
    m_loadError = error;
    m_refreshFailed = duringRefresh;
    Q_EMIT loadFailed(error);
}

void SecretListModel::retryLoad()
{
    if (!m_loadError || !m_client)
        return;
    const bool refreshAgain = m_refreshFailed;
    m_loadError.reset();
    m_refreshFailed = false;
    if (refreshAgain)
        refresh();
    else if (!m_pageReply && !m_atEnd)
        fetchPage(); // from the failed page's marker: the rows before it stay
    setLoadingState();
}

void SecretListModel::appendRows(QVector<SecretRow> &target, QVector<SecretRow> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(target.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    target.append(std::move(rows));
    endInsertRows();
}

void SecretListModel::clear()
{
    for (ApiReply *reply : {m_pageReply.data(), m_refreshReply.data(), m_searchReply.data()}) {
        if (reply)
            reply->abort();
    }
    beginResetModel();
    m_loaded.clear();
    m_loaded.squeeze();
    m_view.clear();
    m_nextMarker.clear();
    m_atEnd = false;
    m_pagesLoaded = 0;
    m_loadError.reset();
    m_refreshFailed = false;
    m_filter.clear();
    m_tagFilter.clear();
    m_stateFilter.clear();
    m_tags.clear();
    m_searchTotal = -1;
    m_searchOffset = 0;
    endResetModel();
    setLoadingState();
}

// ---- refresh ----

void SecretListModel::refresh()
{
    if (!m_client)
        return;
    for (ApiReply *reply : {m_pageReply.data(), m_refreshReply.data()}) {
        if (reply)
            reply->abort();
    }
    m_refreshRows.clear();
    m_refreshChanged.clear();
    m_refreshAligned = true;
    m_loadError.reset(); // a refresh reads the list again from the start
    m_refreshFailed = false;
    // Re-read as many rows as are loaded, in pages of up to 500: 100,000 loaded rows cost 200
    // calls, not one per page the user scrolled through, and decoding one page stays well under
    // a frame (a page of 1,000 took up to 20 ms of the ui thread).
    const int pageSize = m_pageSize > 0 ? m_pageSize : m_client->profile().pageSize;
    refreshNext(QString(), qMax(int(m_loaded.size()), pageSize));
}

void SecretListModel::refreshNext(const QString &marker, int rowsLeft)
{
    auto *reply = m_client->listSecrets(marker, qBound(1, rowsLeft, 500));
    m_refreshReply = reply;
    reply->then(this, [this, reply, rowsLeft](const ApiResult<SecretPage> &result) {
        if (m_refreshReply != reply)
            return; // superseded
        m_refreshReply = nullptr;
        if (!result.ok()) {
            m_refreshRows.clear();
            if (result.error().kind != ApiError::Kind::Cancelled) {
                qCWarning(lcModel) << "refresh failed:" << result.error().summary();
                failLoad(result.error(), true);
            }
            setLoadingState();
            return;
        }
        const SecretPage &page = result.value();
        for (const Secret &secret : page.items) {
            SecretRow row = m_interner.make(secret);
            const qsizetype at = m_refreshRows.size();
            if (m_refreshAligned) {
                m_refreshAligned = at < m_loaded.size() && m_loaded.at(at).name == row.name;
                if (m_refreshAligned && m_loaded.at(at) != row)
                    m_refreshChanged.append(int(at));
            }
            m_refreshRows.append(std::move(row));
        }
        const int left = rowsLeft - int(page.items.size());
        if (page.hasMore() && left > 0) {
            refreshNext(page.pageInfo.nextMarker, left);
            return;
        }
        finishRefresh(page.pageInfo.nextMarker, !page.hasMore());
    });
    setLoadingState();
}

void SecretListModel::finishRefresh(const QString &nextMarker, bool atEnd)
{
    QVector<SecretRow> rows = std::move(m_refreshRows);
    m_refreshRows.clear();
    const QVector<int> changed = std::move(m_refreshChanged);
    m_refreshChanged.clear();
    m_pagesLoaded = qMax(1, m_pagesLoaded);
    m_nextMarker = nextMarker;
    m_atEnd = atEnd;
    if (!hasFilter() && m_refreshAligned && rows.size() == m_loaded.size()) {
        applyChangedRows(std::move(rows), changed); // the usual case, compared already
    } else if (!hasFilter()) {
        mergeRows(m_loaded, std::move(rows));
    } else if (searchesServer()) {
        m_loaded = std::move(rows);
        startSearch(); // the shown rows come from the server's search
    } else {
        m_loaded = std::move(rows);
        mergeRows(m_view, localMatches(m_loaded));
    }
    setLoadingState();
    Q_EMIT refreshed();
}

// The same secrets in the same order as m_loaded; `changed` lists (ascending) the rows that differ.
void SecretListModel::applyChangedRows(QVector<SecretRow> next, const QVector<int> &changed)
{
    for (qsizetype k = 0; k < changed.size();) {
        const int first = changed.at(k);
        int last = first;
        std::swap(m_loaded[first], next[first]);
        while (++k < changed.size() && changed.at(k) == last + 1) {
            last = changed.at(k);
            std::swap(m_loaded[last], next[last]);
        }
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    releaseInSlices(this, std::make_shared<QVector<SecretRow>>(std::move(next)));
}

void SecretListModel::mergeRows(QVector<SecretRow> &current, QVector<SecretRow> next)
{
    QHash<QString, int> nextIndex;
    nextIndex.reserve(next.size());
    {
        QVector<SecretRow> unique;
        unique.reserve(next.size());
        for (SecretRow &row : next) {
            if (nextIndex.contains(row.name))
                continue;
            nextIndex.insert(row.name, int(unique.size()));
            unique.append(std::move(row));
        }
        next = std::move(unique);
    }
    // 1. Remove the rows that are gone, in contiguous runs, from the end.
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (nextIndex.contains(current.at(i).name))
            continue;
        const int last = i;
        while (i > 0 && !nextIndex.contains(current.at(i - 1).name))
            --i;
        beginRemoveRows({}, i, last);
        current.erase(current.begin() + i, current.begin() + last + 1);
        endRemoveRows();
    }
    // 2. The survivors must keep their order; if the server reordered them, reset.
    int previous = -1;
    for (const SecretRow &row : std::as_const(current)) {
        const int at = nextIndex.value(row.name);
        if (at <= previous) {
            qCDebug(lcModel) << "server order changed: resetting the secret list";
            beginResetModel();
            current = std::move(next);
            endResetModel();
            return;
        }
        previous = at;
    }
    // 3. Insert the new rows in runs, update the changed ones.
    int pos = 0;
    int changedFirst = -1;
    auto flushChanged = [this, &changedFirst](int end) {
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(end, ColumnCount - 1));
        changedFirst = -1;
    };
    for (int k = 0; k < next.size();) {
        if (pos < current.size() && current.at(pos).name == next.at(k).name) {
            if (current.at(pos) != next.at(k)) {
                current[pos] = std::move(next[k]);
                if (changedFirst < 0)
                    changedFirst = pos;
            } else {
                flushChanged(pos - 1);
            }
            ++pos;
            ++k;
            continue;
        }
        flushChanged(pos - 1);
        const int end
                = pos < current.size() ? nextIndex.value(current.at(pos).name) : int(next.size());
        const int count = end - k;
        beginInsertRows({}, pos, pos + count - 1);
        current.insert(pos, count, SecretRow());
        for (int j = 0; j < count; ++j)
            current[pos + j] = std::move(next[k + j]);
        endInsertRows();
        pos += count;
        k = end;
    }
    flushChanged(pos - 1);
}

// ---- filter and server-side search ----

namespace {

QString tagText(const QList<Tag> &tags)
{
    QStringList parts;
    parts.reserve(tags.size());
    for (const Tag &tag : tags)
        parts << tag.key + QLatin1Char('=') + tag.value;
    parts.sort(Qt::CaseInsensitive);
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool SecretListModel::stateMatches(const QString &state) const
{
    return m_stateFilter.isEmpty() || state == m_stateFilter;
}

bool SecretListModel::filterMatches(const SecretRow &row) const
{
    if (!row.name.contains(m_filter, Qt::CaseInsensitive) || !stateMatches(row.state))
        return false;
    if (m_tagFilter.isEmpty())
        return true;
    // Locally, a tag matches only when a search told the secret's tags; the server's answer
    // brings the others.
    const auto known = m_tags.constFind(row.name);
    if (known == m_tags.constEnd())
        return false;
    const QStringList parts = known->split(QStringLiteral(", "));
    for (const Tag &tag : m_tagFilter) {
        const bool found = std::any_of(parts.begin(), parts.end(), [&tag](const QString &part) {
            return tag.value.isEmpty() ? part.startsWith(tag.key + QLatin1Char('='))
                                       : part == tag.key + QLatin1Char('=') + tag.value;
        });
        if (!found)
            return false;
    }
    return true;
}

// A view asks for more rows only when new ones arrive: a page whose rows the state filter hid
// would stop it. Until a page's worth of rows is shown, the next page is read at once.
void SecretListModel::continueUnderStateFilter()
{
    if (m_stateFilter.isEmpty() || !m_client)
        return;
    const int enough = searchesServer()
                               ? m_searchPageSize
                               : (m_pageSize > 0 ? m_pageSize : m_client->profile().pageSize);
    if (m_view.size() >= enough || !canFetchMore({}))
        return;
    QTimer::singleShot(0, this, [this]() {
        if (canFetchMore({}))
            fetchMore({});
    });
}

bool SecretListModel::wouldShow(const QString &name, const QString &state) const
{
    SecretRow row;
    row.name = name;
    row.state = state;
    return !hasFilter() || filterMatches(row);
}

QVector<SecretRow> SecretListModel::localMatches(const QVector<SecretRow> &rows) const
{
    QVector<SecretRow> matches;
    for (const SecretRow &row : rows) {
        if (filterMatches(row))
            matches.append(row);
    }
    return matches;
}

void SecretListModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    applyFilter([this, filter]() { m_filter = filter; });
}

void SecretListModel::setTagFilter(const QList<Tag> &tags)
{
    QList<Tag> filter;
    for (const Tag &tag : tags) {
        if (!tag.key.trimmed().isEmpty())
            filter.append(Tag{tag.key.trimmed(), tag.value.trimmed()});
    }
    const auto same = [](const QList<Tag> &a, const QList<Tag> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).key != b.at(i).key || a.at(i).value != b.at(i).value)
                return false;
        }
        return true;
    };
    if (same(filter, m_tagFilter))
        return;
    applyFilter([this, filter]() { m_tagFilter = filter; });
}

void SecretListModel::setStateFilter(const QString &state)
{
    if (state == m_stateFilter)
        return;
    applyFilter([this, state]() { m_stateFilter = state; });
}

// `change` sets the new filter inside the reset (views read the old rows until it begins): the
// loaded rows that match show at once, then the server's matches.
void SecretListModel::applyFilter(const std::function<void()> &change)
{
    if (m_searchReply) {
        QPointer<ApiReply> old = m_searchReply;
        m_searchReply = nullptr;
        old->abort();
    }
    ++m_searchGeneration;
    beginResetModel();
    change();
    m_view.clear();
    m_searchTotal = -1;
    m_searchOffset = 0;
    if (hasFilter())
        m_view = localMatches(m_loaded);
    endResetModel();
    if (searchesServer() && m_client)
        startSearch();
    setLoadingState();
}

void SecretListModel::startSearch()
{
    if (m_searchReply) {
        QPointer<ApiReply> old = m_searchReply;
        m_searchReply = nullptr;
        old->abort();
    }
    m_searchOffset = 0;
    fetchSearchPage();
}

void SecretListModel::fetchSearchPage()
{
    ResourceFilter filter;
    filter.nameMatch = m_filter;
    for (const Tag &tag : std::as_const(m_tagFilter))
        filter.tags.append(
                TagValues{tag.key, tag.value.isEmpty() ? QStringList() : QStringList{tag.value}});
    filter.limit = m_searchPageSize;
    filter.offset = m_searchOffset;
    const quint64 generation = ++m_searchGeneration;
    const bool firstPage = m_searchOffset == 0;
    auto *reply = m_client->filterResources(filter);
    m_searchReply = reply;
    reply->then(this, [this, reply, generation,
                       firstPage](const ApiResult<ResourceInstancePage> &result) {
        if (generation != m_searchGeneration || m_searchReply != reply)
            return; // an older query: its answer must not show
        m_searchReply = nullptr;
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled)
                Q_EMIT searchFailed(result.error());
            setLoadingState();
            return;
        }
        QVector<SecretRow> rows;
        rows.reserve(result->resources.size());
        for (const ResourceInstance &r : result->resources) {
            Secret secret = r.detail.value_or(Secret());
            if (secret.name.isEmpty())
                secret.name = r.resourceName;
            if (secret.id.isEmpty())
                secret.id = r.resourceId;
            m_tags.insert(secret.name, tagText(r.tags));
            if (stateMatches(secret.state))
                rows.append(m_interner.make(secret));
        }
        const int answered = int(result->resources.size()) + result->dropped;
        m_searchOffset += answered;
        m_searchTotal = answered == 0 ? m_searchOffset : result->totalCount;
        if (firstPage) {
            mergeRows(m_view, std::move(rows));
        } else {
            QVector<SecretRow> fresh;
            for (SecretRow &row : rows) {
                if (rowOf(row.name) < 0)
                    fresh.append(std::move(row));
            }
            appendRows(m_view, std::move(fresh));
        }
        setLoadingState();
        Q_EMIT searchFinished(m_searchTotal);
        continueUnderStateFilter();
    });
    setLoadingState();
}

} // namespace keystage
