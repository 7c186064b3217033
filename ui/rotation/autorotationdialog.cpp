// SPDX-License-Identifier: Apache-2.0
#include "ui/rotation/autorotationdialog.h"

#include "core/api/csmstypes.h"
#include "core/ops/rotationeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keystage::ui {

AutoRotationDialog::AutoRotationDialog(const Secret &secret, QWidget *parent)
    : QDialog(parent)
    , m_wasOn(secret.autoRotation)
    , m_wasPeriod(secret.rotationPeriod)
    , m_enabled(new QCheckBox(tr("Rotate a&utomatically"), this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("autoRotationDialog"));
    setWindowTitle(tr("Auto rotation of %1").arg(secret.name));
    m_enabled->setObjectName(QStringLiteral("autoRotationBox"));
    m_amount->setObjectName(QStringLiteral("periodAmount"));
    m_amount->setRange(1, 8760);
    m_amount->setAccessibleName(tr("Rotation period"));
    m_unit->setObjectName(QStringLiteral("periodUnit"));
    m_unit->addItem(tr("days"), QStringLiteral("d"));
    m_unit->addItem(tr("hours"), QStringLiteral("h"));
    m_unit->setAccessibleName(tr("Unit of the rotation period"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    // The period as the secret has it: whole days, else hours (minutes and seconds rounded up).
    m_enabled->setChecked(secret.autoRotation);
    const qint64 seconds = RotationEditor::periodSeconds(secret.rotationPeriod);
    if (seconds > 0 && seconds % 86400 == 0) {
        m_amount->setValue(int(seconds / 86400));
    } else if (seconds > 0) {
        m_amount->setValue(int((seconds + 3599) / 3600));
        m_unit->setCurrentIndex(1);
    } else {
        m_amount->setValue(30);
    }

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_amount);
    periodRow->addWidget(m_unit);
    periodRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    auto *periodLabel = new QLabel(tr("&Every:"), this);
    periodLabel->setBuddy(m_amount);
    form->addRow(periodLabel, periodRow);
    auto *note = new QLabel(tr("From 6 hours to 365 days. The next rotation is one period after "
                               "you apply. CSMS rotates database secrets (RDS, TaurusDB) only."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &AutoRotationDialog::updateState);
    connect(m_amount, &QSpinBox::valueChanged, this, &AutoRotationDialog::updateState);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AutoRotationDialog::updateState);
    updateState();
}

bool AutoRotationDialog::autoRotation() const
{
    return m_enabled->isChecked();
}

QString AutoRotationDialog::period() const
{
    return QString::number(m_amount->value()) + m_unit->currentData().toString();
}

QString AutoRotationDialog::problem() const
{
    return m_problem->text();
}

void AutoRotationDialog::updateState()
{
    m_amount->setEnabled(m_enabled->isChecked());
    m_unit->setEnabled(m_enabled->isChecked());
    QString problem;
    if (m_enabled->isChecked())
        problem = RotationEditor::periodProblem(period());
    const bool unchanged = m_enabled->isChecked() == m_wasOn
                           && (!m_wasOn
                               || RotationEditor::periodSeconds(period())
                                          == RotationEditor::periodSeconds(m_wasPeriod));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty() && !unchanged);
}

} // namespace keystage::ui
