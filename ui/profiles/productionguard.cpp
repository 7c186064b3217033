// SPDX-License-Identifier: Apache-2.0
#include "ui/profiles/productionguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

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

ProductionGuard *ProductionGuard::confirm(QWidget *parent, const Profile &profile,
                                          const QString &action, QObject *context,
                                          std::function<void(bool)> done)
{
    if (!profile.production) {
        done(true);
        return nullptr;
    }
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        done(answer);
        return nullptr;
    }
    auto *guard = new ProductionGuard(profile, action, parent);
    guard->setObjectName(QStringLiteral("productionGuard"));
    guard->setAttribute(Qt::WA_DeleteOnClose);
    guard->setWindowModality(Qt::WindowModal);
    // One answer: finished() (accept, reject, Esc, close) or, failing that, the dialog's end.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> alive = context;
    const bool bound = context != nullptr;
    const auto answer = [answered, alive, bound, done](bool confirmed) {
        if (*answered)
            return;
        *answered = true;
        if (!bound || alive)
            done(confirmed);
    };
    QObject *receiver = bound ? context : guard;
    connect(guard, &QDialog::finished, receiver, [guard, answer](int result) {
        answer(result == QDialog::Accepted && guard->isConfirmed());
    });
    if (bound)
        connect(guard, &QObject::destroyed, context, [answer]() { answer(false); });
    guard->open();
    return guard;
}

void ProductionGuard::setNextAnswerForTesting(std::optional<bool> answer)
{
    nextAnswer = answer;
}

} // namespace keystage::ui
