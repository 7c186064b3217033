// SPDX-License-Identifier: Apache-2.0
#include "ui/riskymovedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keystage::ui {

RiskyMoveDialog::RiskyMoveDialog(const QString &question, const StagePrediction &prediction,
                                 const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_dontAsk(new QCheckBox(tr("&Don't ask again until Keystage closes"), this))
{
    setObjectName(QStringLiteral("riskyMoveDialog"));
    setWindowTitle(tr("Confirm stage change"));
    setWindowModality(Qt::WindowModal);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *title = new QLabel(question, this);
    title->setObjectName(QStringLiteral("question"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    for (const StageEffect &effect : prediction.effects)
        m_effects << effect.describe();
    auto *effects = new QLabel(this);
    effects->setObjectName(QStringLiteral("effects"));
    effects->setTextFormat(Qt::PlainText);
    effects->setWordWrap(true);
    QStringList bullets;
    for (const QString &text : std::as_const(m_effects))
        bullets << QStringLiteral("• ") + text;
    effects->setText(bullets.join(QLatin1Char('\n')));

    m_dontAsk->setObjectName(QStringLiteral("dontAskAgain"));
    m_dontAsk->setAccessibleName(tr("Don't ask again"));
    m_dontAsk->setAccessibleDescription(
            tr("Skip this confirmation for risky stage changes until Keystage closes."));
    title->setAccessibleName(tr("Question"));
    effects->setAccessibleName(tr("What will change"));
    effects->setAccessibleDescription(m_effects.join(QLatin1Char('\n')));
    icon->setAccessibleName(tr("Warning"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    accept->setAccessibleName(QString(acceptText).remove(u'&'));
    accept->setAccessibleDescription(question);
    buttons->button(QDialogButtonBox::Cancel)
            ->setAccessibleDescription(tr("Leave the stages as they are."));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(effects);
    text->addSpacing(6);
    text->addWidget(m_dontAsk);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool RiskyMoveDialog::dontAskAgain() const
{
    return m_dontAsk->isChecked();
}

} // namespace keystage::ui
