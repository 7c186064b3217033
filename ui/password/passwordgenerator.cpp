// SPDX-License-Identifier: Apache-2.0
#include "ui/password/passwordgenerator.h"

#include "core/api/csmsclient.h"
#include "ui/secretvalueedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keystage::ui {

// ---- PasswordOptionsDialog ----

PasswordOptionsDialog::PasswordOptionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_length(new QSpinBox(this))
    , m_lower(new QCheckBox(tr("&Lower-case letters (a–z)"), this))
    , m_upper(new QCheckBox(tr("&Upper-case letters (A–Z)"), this))
    , m_digits(new QCheckBox(tr("&Digits (0–9)"), this))
    , m_punctuation(new QCheckBox(tr("&Punctuation (!#$%…)"), this))
    , m_space(new QCheckBox(tr("Sp&ace"), this))
    , m_each(new QCheckBox(tr("At least one of &each chosen kind"), this))
    , m_exclude(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordOptions"));
    setWindowTitle(tr("Generate a password"));
    m_length->setObjectName(QStringLiteral("lengthBox"));
    m_length->setRange(8, 128);
    m_length->setValue(32);
    m_length->setSuffix(tr(" characters"));
    m_exclude->setObjectName(QStringLiteral("excludeEdit"));
    m_exclude->setPlaceholderText(tr("e.g. 0O1lI'\"`"));
    m_exclude->setMaxLength(256);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto *kinds = new QVBoxLayout;
    for (QCheckBox *box : {m_lower, m_upper, m_digits, m_punctuation, m_space, m_each}) {
        kinds->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PasswordOptionsDialog::updateState);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Len&gth:"), m_length);
    form->addRow(tr("Characters:"), kinds);
    form->addRow(tr("&Never use:"), m_exclude);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_length, &QSpinBox::valueChanged, this, &PasswordOptionsDialog::updateState);
    connect(m_exclude, &QLineEdit::textChanged, this, &PasswordOptionsDialog::updateState);
    setRequest(PasswordRequest());
}

PasswordRequest PasswordOptionsDialog::request() const
{
    PasswordRequest r;
    r.length = m_length->value();
    r.excludeLowercase = !m_lower->isChecked();
    r.excludeUppercase = !m_upper->isChecked();
    r.excludeNumbers = !m_digits->isChecked();
    r.excludePunctuation = !m_punctuation->isChecked();
    r.includeSpace = m_space->isChecked();
    r.requireEachIncludedType = m_each->isChecked();
    r.excludeCharacters = m_exclude->text();
    return r;
}

void PasswordOptionsDialog::setRequest(const PasswordRequest &r)
{
    m_length->setValue(r.length);
    m_lower->setChecked(!r.excludeLowercase);
    m_upper->setChecked(!r.excludeUppercase);
    m_digits->setChecked(!r.excludeNumbers);
    m_punctuation->setChecked(!r.excludePunctuation);
    m_space->setChecked(r.includeSpace);
    m_each->setChecked(r.requireEachIncludedType);
    m_exclude->setText(r.excludeCharacters);
    updateState();
}

QString PasswordOptionsDialog::problem() const
{
    const PasswordRequest r = request();
    const int kinds = int(!r.excludeLowercase) + int(!r.excludeUppercase) + int(!r.excludeNumbers)
                      + int(!r.excludePunctuation) + int(r.includeSpace);
    if (kinds == 0)
        return tr("Choose at least one kind of character.");
    if (r.requireEachIncludedType && kinds > r.length)
        return tr("%1 characters cannot hold one of each of %2 kinds.").arg(r.length).arg(kinds);
    return {};
}

void PasswordOptionsDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_generate->setEnabled(why.isEmpty());
}

// ---- PasswordGenerator ----

PasswordGenerator::PasswordGenerator(SecretValueEdit *target, std::function<CsmsClient *()> client,
                                     QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_client(std::move(client))
    , m_mask(new QLabel(this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_generateButton(new QPushButton(tr("&Generate…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordGenerator"));
    m_generateButton->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generateButton->setAutoDefault(false);
    m_generateButton->setToolTip(
            tr("Fill the value with a password the service generates; it stays hidden"));
    m_show->setObjectName(QStringLiteral("showPasswordButton"));
    m_show->setAutoDefault(false);
    m_show->setCheckable(true);
    m_mask->setObjectName(QStringLiteral("passwordMask"));
    m_mask->setToolTip(tr("A generated password, hidden: Show displays it"));
    m_status->setObjectName(QStringLiteral("passwordStatus"));
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_mask, 1);
    row->addWidget(m_show);
    row->addWidget(m_generateButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    m_mask->hide();
    m_show->hide();
    m_status->hide();
    connect(m_generateButton, &QPushButton::clicked, this, &PasswordGenerator::openOptions);
    // Show means the password itself: the editor's own masking (New secret / New version type
    // masked) follows this button, or Show would only reveal a row of dots.
    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        setMasked(!shown);
        m_target->setMasked(!shown);
    });
    // Once the editor is emptied (Create sent and wiped it, or the user cleared it), there is
    // nothing generated left to mask.
    connect(m_target, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_target->isEmpty() && m_length > 0) {
            m_length = 0;
            setMasked(false);
            m_mask->hide();
            m_show->hide();
        }
    });
}

void PasswordGenerator::openOptions()
{
    auto *dialog = new PasswordOptionsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRequest(m_options);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        m_options = dialog->request();
        generate(m_options);
    });
    dialog->open();
    Q_EMIT optionsOpened(dialog);
}

void PasswordGenerator::generate(const PasswordRequest &request)
{
    CsmsClient *client = m_client ? m_client() : nullptr;
    if (!client || m_busy) {
        m_status->setText(tr("Not connected: no password can be generated now."));
        m_status->show();
        return;
    }
    m_busy = true;
    m_generateButton->setEnabled(false);
    m_status->setText(tr("Generating…"));
    m_status->show();
    client->generatePassword(request)->then(this, [this](const ApiResult<GeneratedPassword>
                                                                 &result) {
        m_busy = false;
        m_generateButton->setEnabled(true);
        if (!result) {
            m_status->setText(tr("No password was generated: %1").arg(result.error().summary()));
            Q_EMIT failed(result.error());
            return;
        }
        m_length = int(result->password.size());
        setMasked(true); // hidden before the editor holds it
        m_target->setPlainText(result->password);
        // The reply holds the only other copy: wipe it in place (it is not shared).
        const_cast<GeneratedPassword &>(result.value()).wipe();
        m_mask->setText(
                tr("%1  %n character(s)", nullptr, m_length).arg(QString(8, QChar(0x2022))));
        m_mask->show();
        m_show->show();
        m_status->hide();
        Q_EMIT generated(m_length);
    });
}

void PasswordGenerator::setMasked(bool masked)
{
    m_masked = masked;
    m_target->setVisible(!masked);
    m_show->blockSignals(true);
    m_show->setChecked(!masked);
    m_show->blockSignals(false);
    m_show->setText(masked ? tr("&Show") : tr("&Hide"));
}

} // namespace keystage::ui
