// SPDX-License-Identifier: Apache-2.0
#include "ui/addstagedialog.h"

#include "ui/palettetones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keystage::ui {

AddStageDialog::AddStageDialog(const QString &versionId, const QList<VersionStages> &snapshot,
                               QWidget *parent)
    : QDialog(parent)
    , m_version(versionId)
    , m_snapshot(snapshot)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_limit(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addStageDialog"));
    setWindowTitle(tr("Add stage to %1").arg(versionId));
    setWindowModality(Qt::WindowModal);
    m_name->setObjectName(QStringLiteral("stageName"));
    // Longer names are typed in full and refused with the rule, not cut off without a word.
    m_name->setMaxLength(256);
    m_name->setPlaceholderText(tr("e.g. BETA, canary, release-2"));
    m_name->setMinimumWidth(m_name->fontMetrics().horizontalAdvance(m_name->placeholderText())
                            + 4 * m_name->fontMetrics().averageCharWidth());
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    // Room for a two-line rule, kept while empty: the dialog does not grow under the cursor.
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, PaletteTones::foreground(PaletteTones::Tone::Error, warn));
    m_problem->setPalette(warn);
    m_problem->setAccessibleName(tr("Problem"));
    m_name->setAccessibleName(tr("Stage name"));
    m_name->setAccessibleDescription(
            tr("Up to 64 letters, digits, '-' or '_'; a secret holds at most %1 stages.")
                    .arg(StageRules::MaxStages));
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setAccessibleName(tr("Stages used"));
    m_limit->setText(tr("%1 of %2 stages used by this secret.")
                             .arg(StageRules::stageCount(snapshot))
                             .arg(StageRules::MaxStages));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add stage"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddStageDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Stage &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_limit);
    layout->addWidget(m_buttons);
    validate();
}

QString AddStageDialog::stageName() const
{
    return m_name->text().trimmed();
}

QString AddStageDialog::problem() const
{
    const QString name = stageName();
    if (name.isEmpty())
        return tr("Type a name: letters, digits, \"_\" and \"-\", at most 64 characters.");
    const StagePrediction prediction = StageRules::predictCreate(m_snapshot, name, m_version);
    if (prediction.allowed())
        return {};
    if (prediction.refusal == StageRefusal::StageExists) {
        return tr("%1 already exists on %2: drag it to move it instead.")
                .arg(name, StageRules::holderOf(m_snapshot, name));
    }
    return prediction.refusalText();
}

bool AddStageDialog::isAcceptable() const
{
    return problem().isEmpty();
}

void AddStageDialog::validate()
{
    const QString text = problem();
    m_problem->setText(m_name->text().isEmpty() ? QString() : text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace keystage::ui
