#include "ui/profiles/productionguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {
std::optional<bool> nextAnswer;
} // namespace

QColor productionMarkerColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QString productionMarkerText()
{
    return ProductionGuard::tr("PRODUCTION");
}

ProductionGuard::ProductionGuard(const Profile &profile, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_expected(profile.displayName)
    , m_prompt(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_confirm(nullptr)
{
    setWindowTitle(tr("Production profile"));
    setAccessibleName(tr("Confirm an action on a production profile"));
    setMinimumWidth(420);

    auto *marker = new QLabel(productionMarkerText(), this);
    marker->setAlignment(Qt::AlignCenter);
    marker->setAutoFillBackground(true);
    QPalette palette = marker->palette();
    palette.setColor(QPalette::Window, productionMarkerColor());
    palette.setColor(QPalette::WindowText, Qt::white);
    marker->setPalette(palette);
    marker->setAccessibleName(tr("Production marker"));

    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setText(tr("%1 on the production profile \"%2\".\n\nType the profile name to "
                         "confirm.")
                              .arg(action, profile.displayName));
    m_prompt->setAccessibleName(tr("What is about to happen"));
    m_prompt->setBuddy(m_nameEdit);

    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setAccessibleDescription(
            tr("Type the name of the production profile exactly to enable the confirm button."));
    m_nameEdit->setPlaceholderText(profile.displayName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(tr("Confirm"));
    m_confirm->setAccessibleDescription(
            tr("Carries out the action; enabled once the profile name is typed."));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ProductionGuard::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(marker);
    layout->addWidget(m_prompt);
    layout->addWidget(m_nameEdit);
    layout->addWidget(buttons);
    m_nameEdit->setFocus();
    updateState();
}

ProductionGuard::~ProductionGuard() = default;

bool ProductionGuard::isConfirmed() const
{
    return !m_expected.isEmpty() && m_nameEdit->text() == m_expected;
}

void ProductionGuard::updateState()
{
    m_confirm->setEnabled(isConfirmed());
}

bool ProductionGuard::confirm(QWidget *parent, const Profile &profile, const QString &action)
{
    if (!profile.production)
        return true;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    ProductionGuard guard(profile, action, parent);
    return guard.exec() == QDialog::Accepted && guard.isConfirmed();
}

void ProductionGuard::setNextAnswerForTesting(std::optional<bool> answer)
{
    nextAnswer = answer;
}

} // namespace keystage::ui
