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
    , m_dontAsk(new QCheckBox(tr("Don't ask again until Keystage closes"), this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
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
