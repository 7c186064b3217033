// SPDX-License-Identifier: Apache-2.0
// EventsDialog (Secrets > Events…): the project's events (list, create, edit, enable or disable,
// delete), the selected secret's subscription (UpdateSecret event_subscriptions: at most one
// event) and the notification records the events left. Every write passes the production guard
// first and re-reads the lists after the server answered. The lists hold names, types, states,
// targets and times: a notification names a secret and a version, never a value.
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace keystage {
class CsmsClient;
struct ApiError;
struct SecretEvent;
} // namespace keystage

namespace keystage::ui {

class EventEditDialog;

class EventsDialog : public QDialog
{
    Q_OBJECT

public:
    enum EventColumn { NameColumn, StateColumn, TypesColumn, TargetColumn };
    // secretName: the secret whose subscription the dialog edits (may be empty).
    EventsDialog(CsmsClient *client, const QString &secretName, QWidget *parent = nullptr);
    ~EventsDialog() override;

    // Reads the events, the records and the secret's subscription again.
    void refresh();

    QTreeWidget *eventList() const { return m_events; }
    QTreeWidget *recordList() const { return m_records; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *deleteButton() const { return m_delete; }
    QComboBox *subscriptionBox() const { return m_subscription; }
    QPushButton *subscribeButton() const { return m_subscribe; }
    QLabel *statusLabel() const { return m_status; }
    QString subscribedEvent() const { return m_subscribed; }

Q_SIGNALS:
    void eventsLoaded();
    void recordsLoaded();
    void subscriptionLoaded();
    // A write finished (ok or not); the lists are being re-read.
    void changeFinished(bool ok);
    // The secret's subscription changed on the server.
    void subscriptionChanged(const QString &secretName);
    void editorOpened(keystage::ui::EventEditDialog *editor);
    void failed(const QString &headline, const keystage::ApiError &error);

private:
    void loadEvents(const QString &marker);
    void loadRecords();
    void loadSubscription();
    void updateButtons();
    void openEditor(bool isNew);
    void saveEvent(EventEditDialog *editor);
    void toggleSelected();
    void deleteSelected();
    void applySubscription();
    // After the production guard: runs write, reports, refreshes.
    void guarded(const QString &action, const std::function<void()> &write);
    void report(const QString &headline, const ApiError *error);
    const SecretEvent *selectedEvent() const;

    QPointer<CsmsClient> m_client;
    QString m_secret;
    QList<SecretEvent> m_loaded;
    QList<SecretEvent> m_incoming; // pages of the listing in progress
    QString m_subscribed;
    bool m_busy = false;
    QTabWidget *m_tabs;
    QTreeWidget *m_events;
    QTreeWidget *m_records;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QLabel *m_subscriptionLabel;
    QComboBox *m_subscription;
    QPushButton *m_subscribe;
    QLabel *m_status;
};

} // namespace keystage::ui
