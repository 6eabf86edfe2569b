### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Welsh uses "chi".
### العربية (Arabic). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = صوتك في مراجعتك
skip-to-content = انتقل إلى المحتوى الرئيسي
language-switch-label = اللغة
help-now = مساعدة الآن
main-navigation = القائمة الرئيسية
home = الصفحة الرئيسية
footer-accessibility = بيان إمكانية الوصول
footer-help = مساعدة الآن
footer-credits = الشكر والتراخيص

## The landing page

landing-title = Heard: صوتك في مراجعتك
landing-intro1 = يساعد Heard الأطفال والشباب في الرعاية البديلة على قول ما يفكرون فيه.
landing-intro2 = يمكنك الإجابة قبل اجتماع مراجعتك.
landing-intro3 = استخدم الصور أو الكلمات أو الصوت، بلغتك الخاصة.
landing-intro4 = يمكن للوالدين ومقدّمي الرعاية إرسال آرائهم أيضًا.
landing-intro5 = الشخص الذي يدير اجتماعك يقرأ كل شيء أولًا.
landing-have-code = هل وصلك خطاب أو رابط؟
landing-have-code-text = افتح الرابط الموجود في رسالتك، أو اكتب الرمز الموجود في خطابك.
landing-staff = موظفو المجلس المحلي
landing-staff-sign-in = تسجيل دخول الموظفين

## Errors any page can show

error-summary-title = توجد مشكلة
err-not-found = لم نتمكن من العثور على ذلك.
err-something-wrong = حدث خطأ من جهتنا. لم يتغيّر أي شيء. يُرجى المحاولة مرة أخرى.
not-found-title = الصفحة غير موجودة
not-found-text = لم نتمكن من العثور على هذه الصفحة. تحقّق من العنوان، أو ارجع إلى البداية.
go-to-start = الذهاب إلى البداية
calm-busy-title = Heard مشغول
calm-busy = Heard مشغول للحظة. لم يضِع أي شيء أرسلته. يُرجى الانتظار بضع ثوانٍ، ثم المحاولة مرة أخرى.
calm-bad-request-title = لم يصل ذلك كما كان متوقعًا
calm-bad-request = لم يتمكن Heard من قراءة ما أُرسل. لم يتغيّر أي شيء. ارجع وحاول مرة أخرى.
calm-broken-title = حدث خطأ ما
calm-broken = حدث خطأ ما من جهتنا. لم يحدث هذا بسبب شيء فعلته. يُرجى المحاولة مرة أخرى.
calm-try-again = الرجوع والمحاولة مرة أخرى

## Accessibility statement

a11y-title = بيان إمكانية الوصول
a11y-p1 = تدير المجالس المحلية التي تستخدم Heard هذه الخدمة. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامها.
a11y-p2 = يجب أن تتمكن من استخدام Heard على شاشة عرضها 320 بكسل، ومن التكبير حتى 200%، ومن استخدامه بلوحة المفاتيح أو بقارئ الشاشة.
a11y-p3 = كل صفحة تعمل قبل تحميل البرامج النصية (scripts) الخاصة بها. يمكن للأطفال والوالدين ومقدّمي الرعاية استخدام Heard بالويلزية وبالإنجليزية وباللغات الأخرى التي يوفّرها مجلسهم المحلي. صفحات الموظفين باللغتين الويلزية والإنجليزية.
a11y-compliance-heading = حالة الامتثال
a11y-compliance = نهدف إلى تلبية إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2 على المستوى AA. تُجرى فحوص آلية باستخدام axe-core على كل صفحة باللغتين الويلزية والإنجليزية قبل كل إصدار.
a11y-report-heading = الإبلاغ عن مشكلة
a11y-report = إذا لم يعمل شيء معك، فأخبر مجلسك المحلي أو الشخص الذي أرسل إليك الرابط. سنرد خلال 10 أيام عمل.
a11y-enforcement = إذا لم تكن راضيًا عن ردنا، فتواصل مع خدمة الاستشارات والدعم في مجال المساواة (EASS).
a11y-prepared = أُعدّ هذا البيان في 23 نوفمبر 2026.

## Credits and licences

credits-title = الشكر والتراخيص
credits-symbols = الرموز المصوّرة:
credits-voices = صُنعت تسجيلات القراءة بصوت عالٍ باستخدام
credits-fonts = الخط المستخدم في ملفات PDF المحمية التي يتم تنزيلها:
credits-own-symbols = يمكن للمجلس المحلي أن يستخدم رموزه المرخّصة الخاصة به (مثل Widgit) بدلًا من هذه الرموز.
credits-intro = صُنع Heard باستخدام برمجيات مفتوحة المصدر.
