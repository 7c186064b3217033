// SPDX-License-Identifier: Apache-2.0
#include "ui/tags/tagsdialog.h"

#include "core/admin/tagrules.h"
#include "ui/dialogchrome.h"
#include "ui/metadata/admincommand.h"
#include "ui/profiles/productionguard.h"
#include "ui/uilogging.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace keystage::ui {

namespace {

QComboBox *editableBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return box;
}

} // namespace

TagsDialog::TagsDialog(CsmsClient *client, QUndoStack *history, const QString &secretName,
                       const QString &secretId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_history(history)
    , m_secret(secretName)
    , m_secretId(secretId)
    , m_admin(new SecretAdmin(client, this))
    , m_table(new QTableWidget(0, 2, this))
    , m_key(editableBox(this, QStringLiteral("tagKeyBox")))
    , m_value(editableBox(this, QStringLiteral("tagValueBox")))
    , m_set(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags of %1").arg(secretName));
    setAccessibleName(tr("Edit the tags"));
    m_table->setObjectName(QStringLiteral("tagsTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Tags of the secret"));
    m_key->setAccessibleName(tr("Tag key"));
    m_key->lineEdit()->setPlaceholderText(tr("key"));
    m_value->setAccessibleName(tr("Tag value"));
    m_value->lineEdit()->setPlaceholderText(tr("value (may be empty)"));
    m_set->setObjectName(QStringLiteral("setTagButton"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));

    auto *editors = new QHBoxLayout;
    editors->addWidget(m_key, 1);
    editors->addWidget(m_value, 1);
    editors->addWidget(m_set);
    editors->addWidget(m_remove);
    auto *form = new QFormLayout;
    form->addRow(m_table);
    form->addRow(editors);
    m_save = buildActionDialog(this, form, m_problem, m_status,
                               {tr("What is wrong"), tr("Result"), tr("Save"), tr("Save the tags"),
                                tr("Enabled once the tags changed."), tr("Cancel")});
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    m_save->setDefault(false);
    m_set->setDefault(true); // Enter in the editors adds the tag
    connect(m_save, &QPushButton::clicked, this, &TagsDialog::save);
    connect(m_set, &QPushButton::clicked, this, &TagsDialog::setTag);
    connect(m_remove, &QPushButton::clicked, this, &TagsDialog::removeSelected);
    connect(m_key, &QComboBox::editTextChanged, this, [this](const QString &key) {
        offerValues(key.trimmed());
        updateState();
    });
    connect(m_value, &QComboBox::editTextChanged, this, &TagsDialog::updateState);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_tags.size() && !m_table->selectedItems().isEmpty()) {
            m_key->setEditText(m_tags.at(row).key);
            m_value->setEditText(m_tags.at(row).value);
        }
        updateState();
    });
    setMinimumWidth(520);
    load();
}

TagsDialog::~TagsDialog() = default;

QString TagsDialog::statusText() const
{
    return m_status->text();
}

void TagsDialog::load(const QString &note)
{
    if (!m_client)
        return;
    m_loaded = false;
    m_status->setText(note.isEmpty() ? tr("Reading the tags of %1…").arg(m_secret) : note);
    updateState();
    m_client->listTags(m_secretId)->then(this, [this, note](const ApiResult<SecretTags> &r) {
        if (!r.ok()) {
            m_status->setText(tr("The tags could not be read: %1").arg(r.error().summary()));
            return;
        }
        m_seen = r->tags;
        m_tags = m_seen;
        m_loaded = true;
        m_status->setText(note);
        fillTable();
        updateState();
    });
    // Completion: the project's keys and their values (a failure only means no suggestions).
    m_client->listProjectTags()->then(this, [this](const ApiResult<QList<TagValues>> &r) {
        if (!r.ok())
            return;
        m_projectTags.clear();
        const QString typed = m_key->currentText();
        m_key->clear();
        for (const TagValues &t : *r) {
            m_projectTags.insert(t.key, t.values);
            m_key->addItem(t.key);
        }
        m_key->setEditText(typed);
        offerValues(typed.trimmed());
    });
}

void TagsDialog::offerValues(const QString &key)
{
    const QString typed = m_value->currentText();
    m_value->blockSignals(true);
    m_value->clear();
    m_value->addItems(m_projectTags.value(key));
    m_value->setEditText(typed);
    m_value->blockSignals(false);
}

void TagsDialog::fillTable()
{
    m_table->setRowCount(int(m_tags.size()));
    for (int i = 0; i < m_tags.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_tags.at(i).key));
        m_table->setItem(i, 1, new QTableWidgetItem(m_tags.at(i).value));
    }
}

QString TagsDialog::problem() const
{
    if (!m_client)
        return tr("Not connected.");
    const QString key = m_key->currentText().trimmed();
    if (!key.isEmpty()) {
        if (QString p = TagRules::keyProblem(key); !p.isEmpty())
            return p;
        if (QString p = TagRules::valueProblem(m_value->currentText().trimmed()); !p.isEmpty())
            return p;
        const bool exists = std::any_of(m_tags.begin(), m_tags.end(),
                                        [&](const Tag &t) { return t.key == key; });
        if (!exists && m_tags.size() >= TagRules::maxTagsPerSecret)
            return tr("This secret has %1 tags, the most CSMS allows: remove one first.")
                    .arg(TagRules::maxTagsPerSecret);
    }
    return TagRules::listProblem(m_tags);
}

void TagsDialog::updateState()
{
    const QString key = m_key->currentText().trimmed();
    const bool exists
            = std::any_of(m_tags.begin(), m_tags.end(), [&](const Tag &t) { return t.key == key; });
    m_set->setText(exists ? tr("&Set") : tr("&Add"));
    const QString p = problem();
    m_problem->setText(p);
    const bool editable = m_loaded && !m_busy;
    m_key->setEnabled(editable);
    m_value->setEnabled(editable);
    m_set->setEnabled(editable && !key.isEmpty() && p.isEmpty());
    m_remove->setEnabled(editable && exists);
    m_save->setEnabled(editable && TagRules::listProblem(m_tags).isEmpty()
                       && !SecretAdmin::sameTags(m_tags, m_seen));
}

void TagsDialog::setTag()
{
    if (!m_set->isEnabled())
        return;
    const Tag tag{m_key->currentText().trimmed(), m_value->currentText().trimmed()};
    auto it = std::find_if(m_tags.begin(), m_tags.end(),
                           [&](const Tag &t) { return t.key == tag.key; });
    if (it != m_tags.end())
        it->value = tag.value;
    else
        m_tags.append(tag);
    fillTable();
    m_key->setEditText(QString());
    m_value->setEditText(QString());
    m_key->setFocus();
    updateState();
}

void TagsDialog::removeSelected()
{
    const QString key = m_key->currentText().trimmed();
    m_tags.erase(std::remove_if(m_tags.begin(), m_tags.end(),
                                [&](const Tag &t) { return t.key == key; }),
                 m_tags.end());
    fillTable();
    m_key->setEditText(QString());
    m_value->setEditText(QString());
    updateState();
}

void TagsDialog::save()
{
    if (!m_save->isEnabled() || !m_client)
        return;
    m_busy = true;
    updateState();
    const QList<Tag> wanted = m_tags;
    ProductionGuard::confirm(
            this, m_client->profile(), tr("Edit the tags of %1").arg(m_secret), this,
            [this, wanted](bool confirmed) {
                if (!confirmed) {
                    m_busy = false;
                    updateState();
                    return;
                }
                m_status->setText(tr("Saving…"));
                m_admin->updateTags(
                        m_secretId, m_seen, wanted, this, [this, wanted](const AdminOutcome &o) {
                            m_busy = false;
                            if (o.isStale()) {
                                m_status->setText(o.error->message + QLatin1Char(' ')
                                                  + tr("The dialog shows the server's tags "
                                                       "again."));
                                load(m_status->text());
                                return;
                            }
                            if (!o.ok()) {
                                m_status->setText(tr("Not saved: %1").arg(o.error->summary()));
                                if (o.written)
                                    load(m_status->text()); // half done: show what the server holds
                                                            // now
                                updateState();
                                return;
                            }
                            const QList<Tag> after = o.tags.value_or(wanted);
                            qCInfo(lcUi) << "tags saved" << m_secret;
                            if (m_history && o.written)
                                m_history->push(AdminCommand::tags(m_history, m_client, m_secret,
                                                                   m_secretId, m_seen, after));
                            m_seen = after;
                            Q_EMIT tagsChanged(m_secret);
                            accept();
                        });
            });
}

} // namespace keystage::ui
