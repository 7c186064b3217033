// SPDX-License-Identifier: Apache-2.0
#include "ui/events/eventsdialog.h"
#include "ui/dialogchrome.h"

#include "core/api/csmsclient.h"
#include "core/api/eventtypes.h"
#include "ui/events/eventeditdialog.h"
#include "ui/profiles/productionguard.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString typesText(const QStringList &types)
{
    QStringList labels;
    for (const QString &type : types)
        labels << EventEditDialog::typeLabel(type);
    return labels.join(QStringLiteral(", "));
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("SUCCESS"))
        return EventsDialog::tr("Sent");
    if (status == QLatin1String("FAIL"))
        return EventsDialog::tr("Failed");
    if (status == QLatin1String("INVALID"))
        return EventsDialog::tr("Invalid target");
    return status;
}

} // namespace

EventsDialog::EventsDialog(CsmsClient *client, const QString &secretName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_secret(secretName)
    , m_tabs(new QTabWidget(this))
    , m_events(new QTreeWidget(this))
    , m_records(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("Disa&ble"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_subscriptionLabel(new QLabel(this))
    , m_subscription(new QComboBox(this))
    , m_subscribe(new QPushButton(tr("&Apply"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("eventsDialog"));
    setWindowTitle(tr("Events"));
    resize(openingSize(this, {760, 460}));

    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setHeaderLabels({tr("Name"), tr("State"), tr("Notifies of"), tr("SMN topic")});
    m_events->setRootIsDecorated(false);
    m_events->setAllColumnsShowFocus(true);
    m_events->header()->setSectionResizeMode(TypesColumn, QHeaderView::Stretch);
    connect(m_events, &QTreeWidget::itemSelectionChanged, this, &EventsDialog::updateButtons);
    connect(m_events, &QTreeWidget::itemActivated, this, [this]() { openEditor(false); });
    for (QPushButton *b : {m_new, m_edit, m_toggle, m_delete})
        b->setAutoDefault(false);
    m_new->setObjectName(QStringLiteral("newEventButton"));
    m_edit->setObjectName(QStringLiteral("editEventButton"));
    m_toggle->setObjectName(QStringLiteral("toggleEventButton"));
    m_delete->setObjectName(QStringLiteral("deleteEventButton"));
    connect(m_new, &QPushButton::clicked, this, [this]() { openEditor(true); });
    connect(m_edit, &QPushButton::clicked, this, [this]() { openEditor(false); });
    connect(m_toggle, &QPushButton::clicked, this, &EventsDialog::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &EventsDialog::deleteSelected);

    m_subscription->setObjectName(QStringLiteral("subscriptionBox"));
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_subscribe->setAutoDefault(false);
    m_subscriptionLabel->setBuddy(m_subscription);
    m_subscriptionLabel->setText(m_secret.isEmpty()
                                         ? tr("Select a secret to subscribe it to an event.")
                                         : tr("Secret %1 &notifies through:").arg(m_secret));
    connect(m_subscription, &QComboBox::currentIndexChanged, this, &EventsDialog::updateButtons);
    connect(m_subscribe, &QPushButton::clicked, this, &EventsDialog::applySubscription);

    auto *eventsPage = new QWidget(this);
    auto *eventButtons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_toggle, m_delete})
        eventButtons->addWidget(b);
    eventButtons->addStretch();
    auto *subscriptionRow = new QHBoxLayout;
    subscriptionRow->addWidget(m_subscriptionLabel);
    subscriptionRow->addWidget(m_subscription, 1);
    subscriptionRow->addWidget(m_subscribe);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->addWidget(m_events);
    eventsLayout->addLayout(eventButtons);
    eventsLayout->addLayout(subscriptionRow);
    m_tabs->addTab(eventsPage, tr("E&vents"));

    m_records->setObjectName(QStringLiteral("recordList"));
    m_records->setHeaderLabels(
            {tr("Time"), tr("Event"), tr("What happened"), tr("Secret"), tr("Delivery")});
    m_records->setRootIsDecorated(false);
    m_tabs->addTab(m_records, tr("Notification &records"));

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reload = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    reload->setObjectName(QStringLiteral("refreshButton"));
    reload->setAutoDefault(false);
    connect(reload, &QPushButton::clicked, this, &EventsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // The events belong to the client's project: when the client goes (another profile, a
    // stopped sandbox), so does the dialog.
    if (client)
        connect(client, &QObject::destroyed, this, &QDialog::close);
    updateButtons();
    refresh();
}

EventsDialog::~EventsDialog() = default;

void EventsDialog::refresh()
{
    if (!m_client)
        return;
    m_incoming.clear();
    loadEvents(QString());
    loadRecords();
    loadSubscription();
}

void EventsDialog::loadEvents(const QString &marker)
{
    m_client->listEvents(marker, 1000)->then(this, [this](const ApiResult<SecretEventPage> &page) {
        if (!page) {
            report(tr("The events could not be read"), &page.error());
            return;
        }
        m_incoming += page->items;
        if (page->hasMore() && m_client) {
            loadEvents(page->pageInfo.nextMarker);
            return;
        }
        const QString selected = selectedEvent() ? selectedEvent()->name : QString();
        m_loaded = m_incoming;
        m_incoming.clear();
        m_events->clear();
        for (const SecretEvent &e : std::as_const(m_loaded)) {
            auto *item = new QTreeWidgetItem(m_events);
            item->setText(NameColumn, e.name);
            item->setText(StateColumn, e.isEnabled() ? tr("Enabled") : tr("Disabled"));
            item->setText(TypesColumn, typesText(e.eventTypes));
            item->setToolTip(TypesColumn, e.eventTypes.join(u'\n'));
            item->setText(TargetColumn, e.target.name);
            item->setToolTip(TargetColumn, e.target.id);
            if (e.name == selected)
                item->setSelected(true);
        }
        // The subscription box offers the events there are (and keeps the current one).
        const QString chosen = m_subscription->currentData().toString();
        m_subscription->blockSignals(true);
        m_subscription->clear();
        m_subscription->addItem(tr("(no event)"), QString());
        for (const SecretEvent &e : std::as_const(m_loaded))
            m_subscription->addItem(e.name, e.name);
        const int at = m_subscription->findData(chosen.isEmpty() ? m_subscribed : chosen);
        m_subscription->setCurrentIndex(qMax(0, at));
        m_subscription->blockSignals(false);
        updateButtons();
        Q_EMIT eventsLoaded();
    });
}

void EventsDialog::loadRecords()
{
    m_client->listNotificationRecords()->then(
            this, [this](const ApiResult<NotificationRecordPage> &page) {
                if (!page) {
                    report(tr("The notification records could not be read"), &page.error());
                    return;
                }
                m_records->clear();
                for (const NotificationRecord &r : page->items) {
                    auto *item = new QTreeWidgetItem(m_records);
                    item->setText(0, timeText(r.createTime));
                    item->setText(1, r.eventName);
                    item->setText(2, EventEditDialog::typeLabel(r.triggerEventType));
                    item->setText(3, r.secretName);
                    item->setText(4, statusText(r.status));
                    item->setToolTip(4, r.targetId);
                }
                Q_EMIT recordsLoaded();
            });
}

void EventsDialog::loadSubscription()
{
    if (m_secret.isEmpty())
        return;
    m_client->showSecret(m_secret)->then(this, [this](const ApiResult<Secret> &secret) {
        if (!secret) {
            report(tr("The subscription of secret %1 could not be read").arg(m_secret),
                   &secret.error());
            return;
        }
        m_subscribed = secret->eventSubscriptions.value(0);
        const int at = m_subscription->findData(m_subscribed);
        if (at < 0 && !m_subscribed.isEmpty())
            m_subscription->addItem(m_subscribed, m_subscribed);
        m_subscription->setCurrentIndex(qMax(0, m_subscription->findData(m_subscribed)));
        updateButtons();
        Q_EMIT subscriptionLoaded();
    });
}

const SecretEvent *EventsDialog::selectedEvent() const
{
    const QList<QTreeWidgetItem *> items = m_events->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString name = items.first()->text(NameColumn);
    for (const SecretEvent &e : m_loaded) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

void EventsDialog::updateButtons()
{
    const SecretEvent *event = selectedEvent();
    const bool ready = m_client && !m_busy;
    m_new->setEnabled(ready);
    m_edit->setEnabled(ready && event);
    m_toggle->setEnabled(ready && event);
    m_toggle->setText(event && !event->isEnabled() ? tr("Ena&ble") : tr("Disa&ble"));
    m_delete->setEnabled(ready && event);
    m_subscription->setEnabled(ready && !m_secret.isEmpty());
    m_subscribe->setEnabled(ready && !m_secret.isEmpty()
                            && m_subscription->currentData().toString() != m_subscribed);
}

void EventsDialog::openEditor(bool isNew)
{
    const SecretEvent *event = isNew ? nullptr : selectedEvent();
    if (!isNew && !event)
        return;
    auto *editor = new EventEditDialog(event, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor]() { saveEvent(editor); });
    editor->open();
    Q_EMIT editorOpened(editor);
}

void EventsDialog::saveEvent(EventEditDialog *editor)
{
    const SecretEventRequest request = editor->request();
    const bool isNew = editor->isNew();
    const QString name = editor->nameEdit()->text();
    guarded(isNew ? tr("Create event %1").arg(name) : tr("Change event %1").arg(name),
            [this, request, isNew, name]() {
                auto *reply = isNew ? m_client->createEvent(request)
                                    : m_client->updateEvent(name, request);
                reply->then(this, [this, isNew, name](const ApiResult<SecretEvent> &result) {
                    report(result ? (isNew ? tr("Event %1 created").arg(name)
                                           : tr("Event %1 saved").arg(name))
                                  : (isNew ? tr("Event %1 was not created").arg(name)
                                           : tr("Event %1 was not saved").arg(name)),
                           result ? nullptr : &result.error());
                });
            });
}

void EventsDialog::toggleSelected()
{
    const SecretEvent *event = selectedEvent();
    if (!event)
        return;
    const QString name = event->name;
    const bool enable = !event->isEnabled();
    guarded(enable ? tr("Enable event %1").arg(name) : tr("Disable event %1").arg(name),
            [this, name, enable]() {
                SecretEventRequest request;
                request.enabled = enable;
                m_client->updateEvent(name, request)
                        ->then(this, [this, name, enable](const ApiResult<SecretEvent> &result) {
                            report(result ? (enable ? tr("Event %1 enabled").arg(name)
                                                    : tr("Event %1 disabled").arg(name))
                                          : tr("Event %1 was not changed").arg(name),
                                   result ? nullptr : &result.error());
                        });
            });
}

void EventsDialog::deleteSelected()
{
    const SecretEvent *event = selectedEvent();
    if (!event)
        return;
    const QString name = event->name;
    guarded(tr("Delete event %1").arg(name), [this, name]() {
        m_client->deleteEvent(name)->then(this, [this, name](const ApiResult<NoContent> &result) {
            report(result ? tr("Event %1 deleted").arg(name)
                          : tr("Event %1 was not deleted").arg(name),
                   result ? nullptr : &result.error());
        });
    });
}

void EventsDialog::applySubscription()
{
    if (m_secret.isEmpty())
        return;
    const QString event = m_subscription->currentData().toString();
    const QString secret = m_secret;
    guarded(event.isEmpty() ? tr("Unsubscribe secret %1 from events").arg(secret)
                            : tr("Subscribe secret %1 to event %2").arg(secret, event),
            [this, event, secret]() {
                UpdateSecretRequest request;
                request.eventSubscriptions = event.isEmpty() ? QStringList() : QStringList{event};
                m_client->updateSecret(secret, request)
                        ->then(this, [this, event, secret](const ApiResult<Secret> &result) {
                            if (result) {
                                m_subscribed = result->eventSubscriptions.value(0);
                                Q_EMIT subscriptionChanged(secret);
                            }
                            report(result ? (event.isEmpty()
                                                     ? tr("Secret %1 notifies no event").arg(secret)
                                                     : tr("Secret %1 notifies through %2")
                                                               .arg(secret, event))
                                          : tr("The subscription of secret %1 was not changed")
                                                    .arg(secret),
                                   result ? nullptr : &result.error());
                        });
            });
}

void EventsDialog::guarded(const QString &action, const std::function<void()> &write)
{
    if (!m_client || m_busy)
        return;
    m_busy = true;
    updateButtons();
    ProductionGuard::confirm(this, m_client->profile(), action, this,
                             [this, write](bool confirmed) {
                                 if (!confirmed || !m_client) {
                                     m_busy = false;
                                     updateButtons();
                                     return;
                                 }
                                 write();
                             });
}

void EventsDialog::report(const QString &headline, const ApiError *error)
{
    const bool wasBusy = m_busy;
    m_busy = false;
    if (error) {
        m_status->setText(headline + QStringLiteral(": ") + error->summary());
        Q_EMIT failed(headline, *error);
    } else {
        m_status->setText(headline);
    }
    updateButtons();
    if (wasBusy) {
        Q_EMIT changeFinished(!error);
        refresh();
    }
}

} // namespace keystage::ui
