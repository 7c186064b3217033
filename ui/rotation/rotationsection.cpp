// SPDX-License-Identifier: Apache-2.0
#include "ui/rotation/rotationsection.h"

#include "core/api/csmsclient.h"
#include "core/ops/rotationeditor.h"
#include "core/ops/secretassociation.h"
#include "ui/profiles/productionguard.h"
#include "ui/rotation/autorotationdialog.h"
#include "ui/rotation/rotatenowdialog.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace keystage::ui {

RotationSection::RotationSection(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_autoAction(new QAction(tr("Auto &rotation…"), this))
    , m_rotateAction(new QAction(tr("Rota&te now…"), this))
{
    setObjectName(QStringLiteral("rotationSection"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnMinimumWidth(2, 3 * fontMetrics().averageCharWidth());
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(4, 2);
    m_kind = addField(QStringLiteral("rotationKind"), tr("Rotates as:"), 0, 0);
    m_auto = addField(QStringLiteral("autoRotation"), tr("Auto rotation:"), 1, 0);
    m_task = addField(QStringLiteral("rotationTask"), tr("Last task:"), 2, 0);
    m_last = addField(QStringLiteral("lastRotation"), tr("Last rotation:"), 0, 1);
    m_next = addField(QStringLiteral("nextRotation"), tr("Next rotation:"), 1, 1);

    m_autoAction->setObjectName(QStringLiteral("autoRotationAction"));
    m_autoAction->setStatusTip(tr("Turn auto rotation of the selected secret on or off"));
    m_rotateAction->setObjectName(QStringLiteral("rotateNowAction"));
    m_rotateAction->setStatusTip(
            tr("Rotate the selected database secret now (a preview first; cannot be undone)"));
    connect(m_autoAction, &QAction::triggered, this, &RotationSection::editAutoRotation);
    connect(m_rotateAction, &QAction::triggered, this, &RotationSection::rotateNow);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_autoAction, m_rotateAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_grid->addLayout(buttons, 2, 3, 1, 2);
    clear();
}

RotationSection::~RotationSection()
{
    abortTask();
}

QLabel *RotationSection::addField(const QString &objectName, const QString &label, int row,
                                  int half)
{
    auto *caption = new QLabel(label, this);
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    caption->setBuddy(field);
    m_grid->addWidget(caption, row, 3 * half, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(field, row, 3 * half + 1, Qt::AlignTop);
    field->setAccessibleName(QString(label).remove(u':').remove(u'\uff1a').trimmed());
    return field;
}

void RotationSection::setClient(CsmsClient *client)
{
    abortTask();
    m_client = client;
    delete m_editor;
    m_editor = client ? new RotationEditor(client, this) : nullptr;
    if (m_editor)
        connect(m_editor, &RotationEditor::busyChanged, this, &RotationSection::updateActions);
    clear();
}

QString RotationSection::timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

void RotationSection::clear()
{
    abortTask();
    m_secret = Secret();
    for (QLabel *field : {m_kind, m_auto, m_last, m_next, m_task})
        field->clear();
    updateActions();
}

void RotationSection::setSecret(const Secret &secret)
{
    if (secret.name.isEmpty()) {
        clear();
        return;
    }
    if (secret.name != m_secret.name)
        abortTask();
    m_secret = secret;
    const QString type = SecretAssociation::secretTypeLabel(secret.secretType);
    const bool database = !SecretAssociation::instanceTypeOf(secret.secretType).isEmpty();
    const QString subType = SecretAssociation::of(secret).subType();
    if (!database)
        m_kind->setText(tr("%1: not rotated by CSMS").arg(type));
    else
        m_kind->setText(subType.isEmpty() ? tr("%1, sub-type unknown").arg(type)
                                          : QStringLiteral("%1, %2").arg(type, subType));
    m_auto->setText(secret.autoRotation
                            ? tr("on, every %1").arg(secret.rotationPeriod)
                            : (secret.rotationPeriod.isEmpty()
                                       ? tr("off")
                                       : tr("off (period %1)").arg(secret.rotationPeriod)));
    m_last->setText(secret.rotationTime ? timeText(*secret.rotationTime) : tr("never"));
    m_next->setText(secret.autoRotation && secret.nextRotationTime
                            ? timeText(*secret.nextRotationTime)
                            : tr("not scheduled"));
    updateActions();
    loadTask();
}

void RotationSection::abortTask()
{
    if (m_taskReply) {
        ApiReply *old = m_taskReply;
        m_taskReply = nullptr;
        old->abort();
    }
}

// The latest task of a database secret (COMMON secrets are never rotated: no request for them).
void RotationSection::loadTask()
{
    abortTask();
    if (!m_client || SecretAssociation::instanceTypeOf(m_secret.secretType).isEmpty()) {
        m_task->setText(tr("none"));
        return;
    }
    m_task->setText(tr("loading…"));
    SecretTaskQuery query;
    query.secretName = m_secret.name;
    query.limit = 1;
    auto *reply = m_client->listSecretTasks(query);
    m_taskReply = reply;
    const QString name = m_secret.name;
    reply->then(this, [this, reply, name](const ApiResult<SecretTaskPage> &page) {
        if (m_taskReply != reply)
            return;
        m_taskReply = nullptr;
        if (name != m_secret.name)
            return;
        if (!page) {
            if (page.error().kind != ApiError::Kind::Cancelled)
                m_task->setText(tr("unavailable: %1").arg(page.error().message));
            return;
        }
        if (page->tasks.isEmpty()) {
            m_task->setText(tr("none"));
            return;
        }
        const SecretTask &task = page->tasks.first();
        const QString when = task.taskTime > 0 ? timeText(task.taskTime) : tr("time unknown");
        if (task.succeeded())
            m_task->setText(tr("succeeded %1").arg(when));
        else if (task.failed())
            m_task->setText(tr("failed %1: %2 %3").arg(when, task.errorCode, task.errorMessage));
        else
            m_task->setText(
                    tr("%1 (since %2)")
                            .arg(task.status.isEmpty() ? tr("running") : task.status, when));
    });
}

void RotationSection::updateActions()
{
    const bool ready = m_client && m_editor && !m_secret.name.isEmpty() && !m_editor->isBusy();
    const RotationPlan plan = RotationPlan::of(m_secret, {});
    const std::optional<QString> refusal = m_secret.name.isEmpty() ? std::nullopt : plan.refusal();
    m_autoAction->setEnabled(ready && !m_secret.isPendingDelete());
    m_rotateAction->setEnabled(ready && !refusal);
    m_rotateAction->setToolTip(refusal ? *refusal : m_rotateAction->statusTip());
}

void RotationSection::editAutoRotation()
{
    if (!m_autoAction->isEnabled())
        return;
    auto *dialog = new AutoRotationDialog(m_secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Secret seen = m_secret;
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen]() {
        const bool enabled = dialog->autoRotation();
        const QString period = dialog->period();
        const QString action
                = enabled ? tr("Rotate %1 automatically every %2").arg(seen.name, period)
                          : tr("Turn off auto rotation of %1").arg(seen.name);
        ProductionGuard::confirm(
                this, m_client->profile(), action, this,
                [this, seen, enabled, period](bool confirmed) {
                    if (!confirmed || !m_editor)
                        return;
                    m_editor->setAutoRotation(
                            seen, enabled, period, this, [this, seen](const RotationOutcome &o) {
                                if (o.status == RotationOutcome::Status::Failed) {
                                    Q_EMIT errorOccurred(tr("Changing auto rotation of %1 failed")
                                                                 .arg(seen.name),
                                                         o.error);
                                    return;
                                }
                                if (o.status == RotationOutcome::Status::Stale)
                                    Q_EMIT messageShown(MessageBanner::Level::Warning,
                                                        tr("Auto rotation was not changed"),
                                                        o.staleReason);
                                else
                                    Q_EMIT messageShown(
                                            MessageBanner::Level::Info,
                                            o.secret.autoRotation
                                                    ? tr("%1 rotates every %2")
                                                              .arg(seen.name,
                                                                   o.secret.rotationPeriod)
                                                    : tr("Auto rotation of %1 is off")
                                                              .arg(seen.name));
                                if (o.secret.name == m_secret.name)
                                    setSecret(o.secret);
                                Q_EMIT secretChanged(seen.name);
                            });
                });
    });
    dialog->open();
}

void RotationSection::rotateNow()
{
    if (!m_rotateAction->isEnabled())
        return;
    const QString name = m_secret.name;
    m_rotateAction->setEnabled(false); // one preview at a time
    m_editor->plan(
            name, this,
            [this, name](const std::optional<RotationPlan> &plan, const ApiError &error) {
                updateActions();
                if (!plan) {
                    Q_EMIT errorOccurred(tr("Reading %1 for the rotation failed").arg(name), error);
                    return;
                }
                if (const auto refusal = plan->refusal()) {
                    Q_EMIT messageShown(MessageBanner::Level::Warning,
                                        tr("%1 cannot be rotated").arg(name), *refusal);
                    return;
                }
                auto *dialog = new RotateNowDialog(*plan, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                const RotationPlan seen = *plan;
                connect(dialog, &QDialog::accepted, this, [this, seen]() {
                    const QString name = seen.secret.name;
                    ProductionGuard::confirm(
                            this, m_client->profile(), tr("Rotate %1 now").arg(name), this,
                            [this, seen, name](bool confirmed) {
                                if (!confirmed || !m_editor)
                                    return;
                                m_editor->rotateNow(
                                        seen, this, [this, name](const RotationOutcome &o) {
                                            if (o.status == RotationOutcome::Status::Failed) {
                                                Q_EMIT errorOccurred(
                                                        tr("Rotating %1 failed").arg(name),
                                                        o.error);
                                            } else if (o.status == RotationOutcome::Status::Stale) {
                                                Q_EMIT messageShown(MessageBanner::Level::Warning,
                                                                    tr("Nothing was rotated"),
                                                                    o.staleReason);
                                            } else {
                                                Q_EMIT messageShown(
                                                        MessageBanner::Level::Info,
                                                        tr("%1 was rotated: %2 is SYSCURRENT now")
                                                                .arg(name, o.versionId),
                                                        tr("Rotation task %1").arg(o.taskId));
                                            }
                                            if (o.secret.name == m_secret.name)
                                                setSecret(o.secret);
                                            Q_EMIT secretChanged(name);
                                        });
                            });
                });
                dialog->open();
            });
}

QString RotationSection::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName, Qt::FindDirectChildrenOnly);
    return label ? label->text() : QString();
}

} // namespace keystage::ui
