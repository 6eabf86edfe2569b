### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### العربية (Arabic). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = مرحبًا { $name }!
letter-child-intro = اجتماع مراجعتك يوم { $when }.
letter-adult-intro = ندعوك إلى اجتماع المراجعة الخاص بـ { $name }. موعده يوم { $when }.
letter-views = يمكنك إخبارنا برأيك قبل الاجتماع.
letter-scan = امسح المربع بكاميرا الهاتف.
letter-type-code = أو اذهب إلى { $address } واكتب هذا الرمز:
letter-code-works-until = يعمل الرمز حتى يوم { $date }.
letter-qr-label = رمز QR يفتح دعوتك
letter-help = هل تحتاج إلى مساعدة؟ اسأل من يرعاك، أو تواصل معنا: { $contact }.
letter-help-no-contact = هل تحتاج إلى مساعدة؟ اسأل من يرعاك أو الأخصائي الاجتماعي الخاص بك.
letter-other-language = هذا الخطاب متوفر أيضًا باللغة العربية: اكتب الرمز، ثم اختر العربية.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = مرحبًا { $name }،
mail-invite-subject = Heard: ندعوك إلى مشاركة آرائك
mail-invite-body = ندعوك إلى مشاركة آرائك قبل اجتماع مراجعة.
mail-changed-subject = Heard: تغيّر اجتماع المراجعة
mail-changed-body = تغيّر تاريخ اجتماع المراجعة أو وقته أو ترتيباته.
mail-cancelled-subject = Heard: أُلغي اجتماع المراجعة
mail-cancelled-body = أُلغي اجتماع المراجعة الذي دُعيت إليه. سيتواصل معك مجلسك المحلي.
mail-reminder-subject = Heard: تذكير بمشاركة آرائك
mail-reminder-body = ما زال هناك وقت لمشاركة آرائك قبل اجتماع المراجعة.
mail-letter-subject = Heard: خطاب من الـIRO الخاص بك
mail-letter-body = كتب إليك الـIRO الخاص بك بخصوص اجتماع مراجعتك. افتح رابطك لقراءته. ستحتاج إلى سرّك.
mail-open-link = افتح رابطك:
mail-link-private = هذا الرابط لك وحدك. يُرجى عدم مشاركته مع أحد.
mail-ignore = إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.
mail-other-language = هذه الخدمة متوفرة أيضًا باللغة العربية.

## Email to staff (no personal details)

mail-alert-subject = Heard: تنبيه عاجل بشأن طفل تتولى مراجعة حالته
mail-alert-body = قال طفل إنه لا يشعر بالأمان. افتح Heard الآن لمعرفة من هو واتخاذ الإجراء اللازم:
mail-duty-alert-body = قال طفل إنه لا يشعر بالأمان. تم إبلاغ الـIRO الخاص به. يُرجى التواصل مع فريق المراجعة الآن:
mail-advocacy-subject = Heard: طلب مناصر
mail-parent-advocacy-body = طلب أحد والدَي طفل في الرعاية البديلة مناصرًا لنفسه. يُرجى التواصل مع فريق المراجعة وذكر الرقم المرجعي { $reference }:
mail-advocacy-body = طلب طفل أو شاب مناصرًا. يُرجى التواصل مع فريق المراجعة وذكر الرقم المرجعي { $reference }:
mail-message-subject = Heard: رسالة من طفل تتولى مراجعة حالته
mail-message-body = أرسل إليك طفل رسالة. افتح Heard لقراءتها:
mail-staff-footer = لا تحتوي هذه الرسالة على أي بيانات شخصية. سجّل الدخول إلى Heard لرؤيتها.
