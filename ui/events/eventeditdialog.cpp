// SPDX-License-Identifier: Apache-2.0
#include "ui/events/eventeditdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {

bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
    return re.match(text).hasMatch();
}

} // namespace

QString EventEditDialog::typeLabel(const QString &type)
{
    if (type == QLatin1String("SECRET_VERSION_CREATED"))
        return tr("Version created");
    if (type == QLatin1String("SECRET_VERSION_EXPIRED"))
        return tr("Version expired");
    if (type == QLatin1String("SECRET_ROTATED"))
        return tr("Secret rotated");
    if (type == QLatin1String("SECRET_DELETED"))
        return tr("Secret deleted");
    if (type == QLatin1String("SECRET_ROTATED_FAILED"))
        return tr("Rotation failed");
    return type; // a type this version does not know: as the service names it
}

EventEditDialog::EventEditDialog(const SecretEvent *existing, QWidget *parent)
    : QDialog(parent)
    , m_new(!existing)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("&Enabled: notify when one of these happens"), this))
    , m_targetId(new QLineEdit(this))
    , m_targetName(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(m_new ? tr("New event") : tr("Edit event %1").arg(existing->name));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("eventName"));
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("letters, digits, _ and -"));
    form->addRow(tr("&Name:"), m_name);
    auto *types = new QVBoxLayout;
    for (const QString &type : eventtype::all()) {
        auto *box = new QCheckBox(typeLabel(type), this);
        box->setObjectName(type);
        box->setToolTip(type);
        m_types.insert(type, box);
        types->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &EventEditDialog::updateState);
    }
    form->addRow(tr("Fires on:"), types);
    form->addRow(QString(), m_enabled);
    m_targetId->setObjectName(QStringLiteral("targetId"));
    m_targetId->setMaxLength(256);
    m_targetId->setPlaceholderText(tr("urn:smn:region:project:topic"));
    form->addRow(tr("SMN topic &URN:"), m_targetId);
    m_targetName->setObjectName(QStringLiteral("targetName"));
    m_targetName->setMaxLength(64);
    form->addRow(tr("Topic na&me:"), m_targetName);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What is missing"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_new ? tr("&Create") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        for (const QString &type : existing->eventTypes) {
            if (QCheckBox *box = m_types.value(type))
                box->setChecked(true);
            else
                m_otherTypes << type;
        }
        m_enabled->setChecked(existing->isEnabled());
        m_targetId->setText(existing->target.id);
        m_targetName->setText(existing->target.name);
    } else {
        m_enabled->setChecked(true);
        m_types.value(QStringLiteral("SECRET_VERSION_CREATED"))->setChecked(true);
    }
    for (QLineEdit *edit : {m_name, m_targetId, m_targetName})
        connect(edit, &QLineEdit::textChanged, this, &EventEditDialog::updateState);
    updateState();
}

SecretEventRequest EventEditDialog::request() const
{
    SecretEventRequest r;
    if (m_new)
        r.name = m_name->text();
    QStringList types;
    for (const QString &type : eventtype::all()) {
        if (m_types.value(type)->isChecked())
            types << type;
    }
    r.eventTypes = types + m_otherTypes;
    r.enabled = m_enabled->isChecked();
    r.target = EventTarget{QStringLiteral("SMN"), m_targetId->text().trimmed(),
                           m_targetName->text().trimmed()};
    return r;
}

QString EventEditDialog::problem() const
{
    if (!matches(m_name->text(), "[a-zA-Z0-9_-]{1,64}"))
        return tr("The name is 1 to 64 letters, digits, _ or -.");
    const SecretEventRequest r = request();
    if (r.eventTypes->isEmpty())
        return tr("Choose at least one thing to be notified of.");
    if (!matches(r.target->id, "[a-zA-Z0-9\\-._:]{1,256}"))
        return tr("The topic URN is 1 to 256 letters, digits, -, ., _ or :.");
    if (!matches(r.target->name, "[a-zA-Z0-9_-]{1,64}"))
        return tr("The topic name is 1 to 64 letters, digits, _ or -.");
    return {};
}

void EventEditDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_save->setEnabled(why.isEmpty());
}

} // namespace keystage::ui
