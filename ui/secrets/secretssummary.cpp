// SPDX-License-Identifier: Apache-2.0
#include "ui/secrets/secretssummary.h"

#include "core/api/csmsclient.h"
#include "core/model/secretlistmodel.h"

#include <QItemSelectionModel>

namespace keystage::ui {

SecretsSummary::SecretsSummary(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("secretsSummary"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Secrets listed"));
    setContentsMargins(2, 0, 2, 0);
}

void SecretsSummary::setList(CsmsClient *client, SecretListModel *secrets,
                             QItemSelectionModel *selection)
{
    if (m_secrets)
        m_secrets->disconnect(this);
    if (m_selection)
        m_selection->disconnect(this);
    if (m_count)
        m_count->abort();
    m_client = client;
    m_secrets = secrets;
    m_selection = selection;
    m_total = -1;
    if (secrets) {
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(secrets, signal, this, &SecretsSummary::update);
        }
        connect(secrets, &QAbstractItemModel::modelReset, this, &SecretsSummary::update);
        connect(secrets, &SecretListModel::searchFinished, this, &SecretsSummary::update);
        connect(secrets, &SecretListModel::refreshed, this, &SecretsSummary::recount);
    }
    if (selection)
        connect(selection, &QItemSelectionModel::selectionChanged, this, &SecretsSummary::update);
    recount();
}

void SecretsSummary::recount()
{
    if (m_count)
        m_count->abort();
    if (!m_client) {
        update();
        return;
    }
    // Behind what the user waits for: interactive calls jump ahead of it.
    auto *reply = m_client->countResources(ResourceFilter{}, CsmsClient::Priority::Bulk);
    m_count = reply;
    reply->then(this, [this, reply](const ApiResult<int> &result) {
        if (m_count != reply)
            return;
        m_count = nullptr;
        if (result.ok())
            m_total = *result;
        update();
    });
    update();
}

void SecretsSummary::update()
{
    if (!m_secrets) {
        clear();
        return;
    }
    const int loaded = m_secrets->rowCount();
    const int selected = m_selection ? int(m_selection->selectedRows().size()) : 0;
    QString text;
    if (m_secrets->hasFilter()) {
        const int matches = m_secrets->searchTotal();
        text = matches >= 0 ? tr("%n match(es) (%1 loaded)", nullptr, matches).arg(loaded)
                            : tr("%n loaded", nullptr, loaded);
    } else if (m_secrets->isComplete()) {
        text = tr("%n secret(s)", nullptr, loaded);
    } else if (m_total >= 0) {
        text = tr("%n secret(s) (%1 loaded)", nullptr, qMax(m_total, loaded)).arg(loaded);
    } else {
        text = tr("%1+ loaded").arg(loaded);
    }
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    setText(text);
}

} // namespace keystage::ui
