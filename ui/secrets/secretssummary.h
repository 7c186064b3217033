// SPDX-License-Identifier: Apache-2.0
// SecretsSummary: the line under the secrets table, "250 secrets (100 loaded) · 2 selected", or
// "12 matches (12 loaded)" while a filter is set. The number of secrets on the server comes from
// one count call (resource_instances action "count") per connection and refresh; until it answers,
// and when it fails, the line says only what is loaded ("100+ loaded" while pages remain).
#pragma once

#include <QLabel>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QItemSelectionModel;
QT_END_NAMESPACE

namespace keystage {
class ApiReply;
class CsmsClient;
class SecretListModel;
} // namespace keystage

namespace keystage::ui {

class SecretsSummary : public QLabel
{
    Q_OBJECT

public:
    explicit SecretsSummary(QWidget *parent = nullptr);

    // The list (and its view's selection) to summarise; nullptrs when disconnected.
    void setList(CsmsClient *client, SecretListModel *secrets, QItemSelectionModel *selection);
    // -1 while unknown.
    int serverTotal() const { return m_total; }

public Q_SLOTS:
    void update();
    void recount(); // asks the server for the number of secrets again

private:
    QPointer<CsmsClient> m_client;
    QPointer<SecretListModel> m_secrets;
    QPointer<QItemSelectionModel> m_selection;
    QPointer<ApiReply> m_count;
    int m_total = -1;
};

} // namespace keystage::ui
