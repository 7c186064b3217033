// SPDX-License-Identifier: Apache-2.0
#include "ui/secrets/secretspane.h"

#include "core/api/csmsclient.h"
#include "core/model/secretlistmodel.h"
#include "ui/secretrowdelegate.h"
#include "ui/secrets/secretfilterbar.h"
#include "ui/secrets/secretprefetcher.h"
#include "ui/secrets/secretssummary.h"

#include <QAction>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace keystage::ui {

namespace {
QString sortKey(const CsmsClient *client)
{
    return QStringLiteral("secretsSort/") + client->profile().id;
}
} // namespace

SecretsPane::SecretsPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_filterBar(new SecretFilterBar(this))
    , m_view(new QTableView(this))
    , m_summary(new SecretsSummary(this))
    , m_emptyList(new QLabel(m_view->viewport()))
{
    setObjectName(QStringLiteral("secretsPane"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter secrets by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("secretsView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the table (arrows, Home/End and Page keys move inside it): with tab key
    // navigation every cell was a Tab stop and the table a keyboard trap.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegate(new SecretRowDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // A title click sorts; the order is kept per profile.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SecretsPane::saveSort);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(&m_filterTimer, &QTimer::timeout, this, &SecretsPane::applyFilters);
    connect(m_filter, &QLineEdit::returnPressed, this, [this]() {
        m_filterTimer.stop();
        applyFilters();
        m_view->setFocus();
    });
    connect(m_filterBar, &SecretFilterBar::filterChanged, this, &SecretsPane::applyFilters);
    // Escape in the filter: clears it (the whole list comes back at once), then, when already
    // empty, goes back to the table.
    auto *clearFilter = new QAction(tr("Clear the filter"), m_filter);
    clearFilter->setObjectName(QStringLiteral("clearFilterAction"));
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, this, [this]() {
        if (m_filter->text().isEmpty()) {
            m_view->setFocus();
            return;
        }
        m_filter->clear();
        m_filterTimer.stop();
        if (m_secrets)
            m_secrets->setFilterText({});
    });

    m_emptyList->setObjectName(QStringLiteral("emptyListLabel"));
    m_emptyList->setTextFormat(Qt::PlainText);
    m_emptyList->setWordWrap(true);
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setForegroundRole(QPalette::PlaceholderText);
    m_emptyList->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->setContentsMargins(12, 24, 12, 12);
    emptyLayout->addWidget(m_emptyList, 0, Qt::AlignTop);
    m_emptyList->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
}

SecretsPane::~SecretsPane()
{
    setClient(nullptr); // the models go before the view that shows them
}

void SecretsPane::setClient(CsmsClient *client)
{
    if (m_view->model())
        m_headerState = m_view->horizontalHeader()->saveState();
    m_client = client;
    m_selected.clear();
    // Setting the model and the columns moves the sort indicator: not the user's choice, not saved.
    m_restoringSort = true;
    m_view->setModel(nullptr);
    delete m_proxy;
    m_proxy = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    if (client) {
        m_secrets = new SecretListModel(client, this);
        m_secrets->setFilterText(m_filter->text().trimmed());
        m_secrets->setTagFilter(m_filterBar->tags());
        m_secrets->setStateFilter(m_filterBar->state());
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_secrets);
        m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        m_view->setModel(m_proxy);
        setUpColumns();
        m_restoringSort = false;
        restoreSort();
        // One notion of "what is selected": the selection drives the details, the board, the
        // value, Delete, Restore, Copy names and New version alike; the current row (the
        // keyboard cursor) is only where the next selection starts.
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &SecretsPane::selectCurrentIfNone);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SecretsPane::trackSelection);
        new SecretPrefetcher(m_view, client, m_proxy); // reads ahead (issue 18)
        // A row's state can change under the selection (a refresh after a scheduled deletion).
        connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SecretsPane::rowsUpdated);
        connect(m_secrets, &SecretListModel::loadFailed, this, [this](const ApiError &error) {
            // With rows already listed the list is incomplete, and says so: Retry goes on from the
            // page that failed, not from the start.
            const int loaded = m_secrets->rowCount();
            m_listFailed = true;
            updateEmptyList();
            Q_EMIT listFailed(loaded > 0 ? tr("The list of secrets is incomplete: %n secret(s) "
                                              "listed, the next page could not be read",
                                              nullptr, loaded)
                                         : tr("The secrets could not be listed"),
                              error, true);
        });
        connect(m_secrets, &SecretListModel::searchFailed, this, [this](const ApiError &error) {
            m_listFailed = true;
            updateEmptyList();
            Q_EMIT listFailed(tr("The search on the server failed"), error, false);
        });
        connect(m_secrets, &SecretListModel::loadingChanged, this, [this](bool loading) {
            if (loading)
                m_listFailed = false;
            updateEmptyList();
        });
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(m_proxy, signal, this, &SecretsPane::updateEmptyList);
        }
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &SecretsPane::updateEmptyList);
        // A reset (a new filter) drops the current row without a currentRowChanged: the secret
        // stays selected if it is still listed, else the details, board and value are emptied
        // (never a secret the table no longer shows). A cleared filter keeps every selected
        // secret that the full list holds (loaded).
        connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
            m_keepSelected = selectedNames();
            m_keepCurrent = m_view->currentIndex().data(SecretListModel::NameRole).toString();
        });
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &SecretsPane::reselect);
        // Rows arrived (a page, or the server's matches for the filter): with none current, the
        // first is selected and shown.
        connect(m_secrets, &SecretListModel::pageLoaded, this, &SecretsPane::selectFirstIfNone);
        connect(m_secrets, &SecretListModel::pageLoaded, this, &SecretsPane::fitNameColumn);
        connect(m_secrets, &SecretListModel::searchFinished, this, &SecretsPane::selectFirstIfNone);
        connect(m_secrets, &SecretListModel::refreshed, this, &SecretsPane::selectWhenListed);
        if (m_secrets->canFetchMore({}))
            m_secrets->fetchMore({});
    }
    m_restoringSort = false;
    m_summary->setList(client, m_secrets, m_secrets ? m_view->selectionModel() : nullptr);
    m_filterBar->setClient(client);
    m_selectWhenListed.clear();
    m_listFailed = false;
    updateEmptyList();
}

void SecretsPane::refresh()
{
    if (m_secrets)
        m_secrets->refresh();
}

void SecretsPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SecretsPane::applyFilters()
{
    if (!m_secrets)
        return;
    m_secrets->setFilterText(m_filter->text().trimmed());
    m_secrets->setTagFilter(m_filterBar->tags());
    m_secrets->setStateFilter(m_filterBar->state());
    updateEmptyList();
}

void SecretsPane::clearFilters()
{
    m_filterTimer.stop();
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
    }
    {
        const QSignalBlocker block(m_filterBar);
        m_filterBar->clear();
    }
    applyFilters();
}

bool SecretsPane::selectNewSecret(const QString &name)
{
    if (!m_secrets)
        return false;
    // A new secret is ENABLED; under a filter that would hide it, the filter is cleared so that
    // it is shown and selected.
    const bool clear
            = m_secrets->hasFilter() && !m_secrets->wouldShow(name, QStringLiteral("ENABLED"));
    if (clear)
        clearFilters();
    m_selectWhenListed = name;
    m_secrets->refresh(); // the server's truth; the new secret is selected when listed
    return clear;
}

void SecretsPane::restoreSort()
{
    if (!m_client)
        return;
    const QVariant saved = QSettings().value(sortKey(m_client));
    const QStringList parts = saved.toString().split(QLatin1Char(' '));
    bool ok = false;
    const int column = parts.value(0).toInt(&ok);
    if (!ok || column < 0 || column >= SecretListModel::ColumnCount)
        return;
    const QScopedValueRollback<bool> restoring(m_restoringSort, true);
    m_view->sortByColumn(column, parts.value(1) == QLatin1String("desc") ? Qt::DescendingOrder
                                                                         : Qt::AscendingOrder);
}

void SecretsPane::saveSort(int column, Qt::SortOrder order)
{
    // Only the user's clicks: not the reset to the server's order a new connection makes.
    if (m_restoringSort || !m_client || !m_proxy || m_view->model() != m_proxy)
        return;
    QSettings settings;
    if (column < 0) {
        settings.remove(sortKey(m_client));
        return;
    }
    settings.setValue(sortKey(m_client),
                      QStringLiteral("%1 %2").arg(column).arg(order == Qt::DescendingOrder
                                                                      ? QStringLiteral("desc")
                                                                      : QStringLiteral("asc")));
}

void SecretsPane::reselect()
{
    const QStringList names = std::exchange(m_keepSelected, {});
    QString current = std::exchange(m_keepCurrent, {});
    if (current.isEmpty())
        current = m_selected;
    // One pass over the rows, however many were selected, and one range per run of adjacent
    // rows: 1,000 one-row ranges took the selection model 50-70 ms to merge (a stalled frame
    // after a bulk delete of 1,000 secrets).
    const QSet<QString> wanted(names.cbegin(), names.cend());
    QItemSelection keep;
    QModelIndex currentRow;
    int runStart = -1;
    const int rows = m_proxy ? m_proxy->rowCount() : 0;
    for (int row = 0; row <= rows; ++row) {
        bool selected = false;
        if (row < rows) {
            const QModelIndex index = m_proxy->index(row, 0);
            const QString name = index.data(SecretListModel::NameRole).toString();
            if (name == current)
                currentRow = index;
            selected = wanted.contains(name);
        }
        if (selected && runStart < 0)
            runStart = row;
        if (!selected && runStart >= 0) {
            keep.select(m_proxy->index(runStart, 0), m_proxy->index(row - 1, 0));
            runStart = -1;
        }
    }
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!keep.isEmpty()) {
        if (currentRow.isValid())
            selection->setCurrentIndex(currentRow, QItemSelectionModel::NoUpdate);
        selection->select(keep, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (currentRow.isValid()) {
        m_view->setCurrentIndex(currentRow);
    }
    selectCurrentIfNone();
}

void SecretsPane::selectCurrentIfNone()
{
    const QModelIndex current = m_view->currentIndex();
    // The view makes a row current without selecting it when it gets the focus (after the filter's
    // Enter): that row is then selected, so that the details, Delete and Copy names agree.
    if (current.isValid() && !m_view->selectionModel()->hasSelection())
        m_view->selectionModel()->select(current,
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    trackSelection();
}

void SecretsPane::trackSelection()
{
    const QStringList names = selectedNames();
    m_selected = names.size() == 1 ? names.constFirst() : QString();
    Q_EMIT selectionChanged();
}

void SecretsPane::selectFirstIfNone()
{
    if (m_proxy && !m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    selectWhenListed();
}

void SecretsPane::selectWhenListed()
{
    const QModelIndex index = rowOf(m_selectWhenListed);
    if (!index.isValid())
        return;
    m_selectWhenListed.clear();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QModelIndex SecretsPane::rowOf(const QString &name) const
{
    if (name.isEmpty() || !m_proxy)
        return {};
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(SecretListModel::NameRole).toString() == name)
            return index;
    }
    return {};
}

QString SecretsPane::idOf(const QString &name) const
{
    const QModelIndex index = rowOf(name);
    return index.isValid() ? index.data(SecretListModel::IdRole).toString() : QString();
}

QModelIndexList SecretsPane::selectedRows() const
{
    if (!m_proxy)
        return {};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QStringList SecretsPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(SecretListModel::IdRole).toString();
    return ids;
}

QStringList SecretsPane::selectedNames(bool pendingDeleteOnly) const
{
    QStringList names;
    const QModelIndexList rows = selectedRows();
    for (const QModelIndex &index : rows) {
        if (pendingDeleteOnly && !index.data(SecretListModel::PendingDeleteRole).toBool())
            continue;
        names << index.data(SecretListModel::NameRole).toString();
    }
    return names;
}

QString SecretsPane::emptyListText() const
{
    if (!m_secrets || !m_proxy || m_proxy->rowCount() > 0)
        return {};
    const QString filter = m_secrets->filterText();
    const bool otherFilter = m_secrets->hasFilter() && filter.isEmpty();
    if (m_secrets->isLoading()) {
        if (!filter.isEmpty())
            return tr("Searching for \"%1\"…").arg(filter);
        return otherFilter ? tr("Searching…") : tr("Loading the secrets…");
    }
    if (m_listFailed)
        return tr("The list could not be loaded: the message above says why. Refresh (F5) "
                  "tries again.");
    if (!filter.isEmpty())
        return tr("No secret matches \"%1\".").arg(filter);
    if (otherFilter)
        return tr("No secret matches the tag and state filter.");
    return tr("This project has no secrets yet. Secrets > New secret… (Ctrl+N) creates one.");
}

void SecretsPane::updateEmptyList()
{
    const QString text = emptyListText();
    m_emptyList->setText(text);
    m_emptyList->setVisible(!text.isEmpty());
}

void SecretsPane::fitNameColumn()
{
    // Once per listing, unless the user's own widths were restored: the names whole (up to 64
    // characters), before the state and times get the rest.
    if (m_nameColumnFitted || !m_proxy || m_headerRestored)
        return;
    m_nameColumnFitted = true;
    const QFontMetrics metrics = m_view->fontMetrics();
    QFont italic = m_view->font();
    italic.setItalic(true);
    const QFontMetrics slanted(italic);
    int widest = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, SecretListModel::NameColumn).data().toString();
        widest = qMax(widest,
                      qMax(metrics.horizontalAdvance(name), slanted.horizontalAdvance(name)));
    }
    // Name first: a 64-character name whole, the other columns scroll to its right.
    const int width = qBound(220, widest + 24, 80 * metrics.averageCharWidth());
    if (width > m_view->columnWidth(SecretListModel::NameColumn))
        m_view->setColumnWidth(SecretListModel::NameColumn, width);
}

void SecretsPane::setUpColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // What the user made of the columns (widths, order, hidden ones), from this session or the
    // last; else the defaults below. Either way the rows stay in the server's order until a
    // title is clicked.
    const bool restored = !m_headerState.isEmpty() && header->restoreState(m_headerState);
    m_headerRestored = restored;
    m_nameColumnFitted = false;
    {
        const QScopedValueRollback<bool> restoring(m_restoringSort, true);
        m_view->sortByColumn(-1, Qt::AscendingOrder);
    }
    if (!restored) {
        header->setSectionHidden(SecretListModel::TagsColumn, true); // from the header menu
        header->setSectionResizeMode(SecretListModel::NameColumn, QHeaderView::Interactive);
        m_view->setColumnWidth(SecretListModel::NameColumn, 220);
        // Wide enough for "deletion on <date>", which pending-deletion rows show in place of
        // their state (SecretRowDelegate).
        const QString pending
                = SecretRowDelegate::tr("deletion on %1")
                          .arg(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
        // Times whole, never "16 Oct 2026 …": wide enough for a late date in this locale's
        // format (as the delegate shows it) and for the column's title with its sort arrow.
        const auto *delegate = static_cast<QStyledItemDelegate *>(m_view->itemDelegate());
        const QString time = delegate->displayText(
                QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)), QLocale());
        // Rows pending deletion are italic (SecretRowDelegate), which can be wider.
        QFont italic = m_view->font();
        italic.setItalic(true);
        const QFontMetrics upright = m_view->fontMetrics();
        const QFontMetrics slanted(italic);
        const auto fit = [&](int column, const QString &text) {
            const int width
                    = qMax(upright.horizontalAdvance(text), slanted.horizontalAdvance(text));
            m_view->setColumnWidth(column, qMax(width + 16, header->sectionSizeHint(column)));
        };
        fit(SecretListModel::StateColumn, pending);
        fit(SecretListModel::CreatedColumn, time);
        fit(SecretListModel::UpdatedColumn, time);
        fit(SecretListModel::ScheduledDeletionColumn, pending); // (SecretRowDelegate)
    }
    header->setSectionHidden(SecretListModel::NameColumn, false);
    // Right-click on the titles: show or hide any column but the name.
    const auto old = header->actions();
    for (QAction *action : old) {
        header->removeAction(action);
        delete action;
    }
    for (int column = 0; column < SecretListModel::ColumnCount; ++column) {
        if (column == SecretListModel::NameColumn)
            continue;
        auto *action = new QAction(m_proxy->headerData(column, Qt::Horizontal).toString(), header);
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        header->addAction(action);
    }
}

void SecretsPane::restoreColumns(const QSettings &settings)
{
    // Applied when a connection gives the table its columns (setUpColumns), and only if saved for
    // the same columns. ("secretsHeader", before, never held the user's widths.)
    if (settings.value(QStringLiteral("secretsColumnCount")).toInt()
        == SecretListModel::ColumnCount)
        m_headerState = settings.value(QStringLiteral("secretsColumns")).toByteArray();
}

void SecretsPane::saveColumns(QSettings &settings) const
{
    settings.remove(QStringLiteral("secretsHeader"));
    const QByteArray columns
            = m_view->model() ? m_view->horizontalHeader()->saveState() : m_headerState;
    if (!columns.isEmpty()) {
        settings.setValue(QStringLiteral("secretsColumns"), columns);
        settings.setValue(QStringLiteral("secretsColumnCount"), int(SecretListModel::ColumnCount));
    }
}

} // namespace keystage::ui
