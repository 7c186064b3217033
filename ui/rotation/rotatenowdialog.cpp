// SPDX-License-Identifier: Apache-2.0
#include "ui/rotation/rotatenowdialog.h"

#include "core/ops/rotationeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {

QLabel *line(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString RotateNowDialog::stagesEffect(const RotationPlan &plan)
{
    const QString current = plan.currentVersion.isEmpty() ? tr("no version") : plan.currentVersion;
    QString text = tr("CSMS creates a new version with a new random password and moves SYSCURRENT "
                      "to it. SYSCURRENT now: %1; it becomes SYSPREVIOUS.")
                           .arg(current);
    if (!plan.previousVersion.isEmpty() && plan.previousVersion != plan.currentVersion)
        text += u' '
                + tr("%1 loses SYSPREVIOUS; with no other stage it is deprecated and may be "
                     "purged.")
                          .arg(plan.previousVersion);
    return text;
}

QString RotateNowDialog::loginEffect(const RotationPlan &plan)
{
    switch (plan.login) {
    case RotationPlan::Login::SingleUser:
        return tr("Login (single user, %1): the database account's password is changed. "
                  "Applications that still use the old password cannot log in until they read "
                  "the new SYSCURRENT value.")
                .arg(plan.instance);
    case RotationPlan::Login::MultiUser:
        return tr("Login (two users, %1): the account SYSPREVIOUS refers to gets a new password "
                  "and becomes SYSCURRENT. The account in use now keeps its password as "
                  "SYSPREVIOUS, so applications keep logging in while they move over.")
                .arg(plan.instance);
    case RotationPlan::Login::Unknown:
        return tr("Login (%1): a database account's password is changed; whether the secret "
                  "holds one user or two could not be read.")
                .arg(plan.instance);
    case RotationPlan::Login::None:
        break;
    }
    return tr("Not a database secret: CSMS will refuse to rotate it.");
}

RotateNowDialog::RotateNowDialog(const RotationPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_stages(line(QStringLiteral("stagesEffect"), stagesEffect(plan), this))
    , m_login(line(QStringLiteral("loginEffect"), loginEffect(plan), this))
    , m_undo(line(QStringLiteral("undoEffect"),
                  tr("A rotation cannot be undone: the old password is replaced in the database, "
                     "and no Undo brings it back."),
                  this))
{
    setObjectName(QStringLiteral("rotateNowDialog"));
    setWindowTitle(tr("Rotate %1 now").arg(plan.secret.name));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    QFont bold = m_undo->font();
    bold.setBold(true);
    m_undo->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_rotate = buttons->addButton(tr("&Rotate now"), QDialogButtonBox::AcceptRole);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_stages);
    text->addWidget(m_login);
    text->addWidget(m_undo);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString RotateNowDialog::stagesText() const
{
    return m_stages->text();
}

QString RotateNowDialog::loginText() const
{
    return m_login->text();
}

QString RotateNowDialog::undoText() const
{
    return m_undo->text();
}

} // namespace keystage::ui
