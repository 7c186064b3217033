// SPDX-License-Identifier: Apache-2.0
#include "ui/rotation/rotationsection.h"

#include "core/api/csmsclient.h"
#include "core/ops/rotationeditor.h"
#include "core/ops/secretassociation.h"
#include "ui/profiles/productionguard.h"
#include "ui/rotation/autorotationdialog.h"
#include "ui/rotation/rotatenowdialog.h"
#include "ui/timetext.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace keystage::ui {

RotationSection::RotationSection(QWidget *parent)
    : QWidget(parent)
    , m_kind(field(QStringLiteral("rotationKind"), tr("Rotates as")))
    , m_last(field(QStringLiteral("lastRotation"), tr("Last rotation")))
    , m_task(field(QStringLiteral("rotationTask"), tr("Latest rotation task")))
    , m_links(new QLabel(this))
    , m_autoAction(new QAction(tr("A&uto rotation…"), this))
    , m_rotateAction(new QAction(tr("Rota&te now…"), this))
{
    setObjectName(QStringLiteral("rotationSection"));
    m_autoAction->setObjectName(QStringLiteral("autoRotationAction"));
    m_autoAction->setStatusTip(tr("Turn auto rotation of the selected secret on or off"));
    m_rotateAction->setObjectName(QStringLiteral("rotateNowAction"));
    m_rotateAction->setStatusTip(
            tr("Rotate the selected database secret now (a preview first; cannot be undone)"));
    connect(m_autoAction, &QAction::triggered, this, &RotationSection::editAutoRotation);
    connect(m_rotateAction, &QAction::triggered, this, &RotationSection::rotateNow);
    // The actions as links, a line high: the panel keeps its height for the stage board. They
    // are also in the Secrets menu.
    m_links->setObjectName(QStringLiteral("rotationLinks"));
    m_links->setTextFormat(Qt::RichText);
    // Mouse only: the details are not a Tab stop (Tab walks filter, list, board, value,
    // Activity); from the keyboard the same two actions are in the Secrets menu.
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_links->setFocusPolicy(Qt::NoFocus);
    m_links->setAccessibleName(tr("Rotation actions"));
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("auto"))
            m_autoAction->trigger();
        else if (link == QLatin1String("rotate"))
            m_rotateAction->trigger();
    });
    // One line: what rotates and how | when it last did, and its latest task | the actions. The
    // period and the next rotation are the details panel's Rotation field.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addSpacing(2 * fontMetrics().averageCharWidth());
    row->addWidget(m_last);
    // A narrow window wraps the times rather than scrolling the details sideways.
    m_last->setWordWrap(true);
    m_task->setWordWrap(true);
    row->addWidget(m_task, 1);
    row->addWidget(m_links);
    clear();
}

RotationSection::~RotationSection()
{
    abortTask();
}

QLabel *RotationSection::field(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::NoFocus);
    label->setAccessibleName(accessibleName);
    return label;
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
    return dateTimeText(ms); // with seconds, as every time in the window
}

void RotationSection::clear()
{
    abortTask();
    m_secret = Secret();
    for (QLabel *label : {m_kind, m_last, m_task})
        label->clear();
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
    m_last->setText(secret.rotationTime ? tr("last rotated %1").arg(timeText(*secret.rotationTime))
                                        : tr("never rotated"));
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
        m_task->clear();
        return;
    }
    m_task->setText(tr("(task: loading…)"));
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
                m_task->setText(tr("(task: unavailable: %1)").arg(page.error().message));
            return;
        }
        if (page->tasks.isEmpty()) {
            m_task->setText(tr("(no task)"));
            return;
        }
        const SecretTask &task = page->tasks.first();
        const QString when = task.taskTime > 0 ? timeText(task.taskTime) : tr("time unknown");
        if (task.succeeded())
            m_task->setText(tr("(task succeeded %1)").arg(when));
        else if (task.failed())
            m_task->setText(
                    tr("(task failed %1: %2 %3)").arg(when, task.errorCode, task.errorMessage));
        else
            m_task->setText(
                    tr("(task %1 since %2)")
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
    const auto link = [](QAction *action, const char *target) {
        const QString text = action->text().remove(u'&').toHtmlEscaped();
        return action->isEnabled()
                       ? QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(target), text)
                       : text;
    };
    m_links->setText(link(m_autoAction, "auto") + QStringLiteral(" &nbsp; ")
                     + link(m_rotateAction, "rotate"));
    m_links->setToolTip(m_rotateAction->toolTip());
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
                                    Q_EMIT secretRead(o.secret);
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
                                                Q_EMIT secretRead(o.secret);
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
