// SPDX-License-Identifier: Apache-2.0
#include "ui/secrets/secretprefetcher.h"

#include "core/api/csmsclient.h"
#include "core/api/sessioncache.h"
#include "core/model/secretlistmodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>

namespace keystage::ui {

SecretPrefetcher::SecretPrefetcher(QAbstractItemView *view, CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_client(client)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SecretPrefetcher::readCursorVersions);
    if (!view || !view->model() || !client)
        return;
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &SecretPrefetcher::checkScroll);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &SecretPrefetcher::checkScroll);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &SecretPrefetcher::checkScroll);
    if (view->selectionModel()) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &SecretPrefetcher::cursorMoved);
    }
}

void SecretPrefetcher::checkScroll()
{
    if (!m_view || !m_client)
        return;
    QAbstractItemModel *model = m_view->model();
    if (!model || !model->canFetchMore(QModelIndex()))
        return;
    if (!m_view->isVisible())
        return; // nothing is scrolled: the view asks for its first rows itself
    const int rows = model->rowCount();
    const int bottom = m_view->viewport()->height() - 1;
    const QModelIndex last = m_view->indexAt(QPoint(1, bottom));
    int lastVisible = last.isValid() ? last.row() : -1;
    if (!last.isValid()) {
        // Below the last row: only if that row is really in view (not before the layout).
        const QRect end = m_view->visualRect(model->index(rows - 1, 0));
        if (rows == 0 || !end.isValid() || end.top() > bottom)
            return;
        lastVisible = rows - 1;
    }
    const int ahead = qMax(1, m_client->profile().pageSize / 2);
    if (rows - 1 - lastVisible > ahead)
        return;
    ++m_pagesFetched;
    model->fetchMore(QModelIndex()); // the model's in-flight flag: one page at a time
}

void SecretPrefetcher::cursorMoved()
{
    if (m_reply) {
        QPointer<ApiReply> old = m_reply;
        m_reply = nullptr;
        old->abort(); // the cursor moved on: that read is no longer wanted
    }
    m_pause.start();
}

void SecretPrefetcher::readCursorVersions()
{
    if (!m_view || !m_client || m_reply)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (m_view->selectionModel() && m_view->selectionModel()->isRowSelected(current.row()))
        return; // selected: the window reads its versions itself
    const QString name = current.siblingAtColumn(0).data(SecretListModel::NameRole).toString();
    SessionCache *cache = m_client->sessionCache();
    if (name.isEmpty() || cache->versions(name))
        return;
    ++m_versionReads;
    const quint64 generation = cache->generation();
    auto *reply = m_client->listVersions(name, {}, 1000, CsmsClient::Priority::Bulk);
    m_reply = reply;
    QPointer<CsmsClient> client = m_client;
    reply->then(this, [this, reply, client, name, generation](const ApiResult<VersionPage> &r) {
        if (m_reply == reply)
            m_reply = nullptr;
        // Only a complete list is a cache entry (a secret with over 1,000 versions is not).
        if (!r.ok() || r->hasMore() || !client)
            return;
        client->sessionCache()->putVersions(name, r->items, generation);
        if (client->sessionCache()->versions(name))
            Q_EMIT versionsPrefetched(name);
    });
}

} // namespace keystage::ui
