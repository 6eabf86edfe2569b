### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Persian uses polite "شما" (like Welsh "chi").
### فارسی (Persian). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = صدای تو در جلسه‌ی بررسی‌ات
skip-to-content = رفتن به محتوای اصلی
language-switch-label = زبان
help-now = کمک فوری
main-navigation = منوی اصلی
home = صفحه‌ی اصلی
footer-accessibility = بیانیه‌ی دسترس‌پذیری
footer-help = کمک فوری
footer-credits = منابع و مجوزها

## The landing page

landing-title = Heard: صدای تو در جلسه‌ی بررسی‌ات
landing-intro1 = Heard به کودکان و نوجوانانی که تحت سرپرستی هستند کمک می‌کند تا نظرشان را بگویند.
landing-intro2 = می‌توانید پیش از جلسه‌ی بررسی خود جواب بدهید.
landing-intro3 = از عکس، نوشته یا صدا استفاده کنید، به زبان خودتان.
landing-intro4 = والدین و سرپرستان هم می‌توانند نظرشان را بفرستند.
landing-intro5 = کسی که جلسه‌ی شما را اداره می‌کند، اول همه‌ی آن‌ها را می‌خواند.
landing-have-code = نامه یا لینکی به دستتان رسیده است؟
landing-have-code-text = لینکی را که در پیامتان هست باز کنید، یا کدی را که در نامه‌تان هست بنویسید.
landing-staff = کارمندان شورا
landing-staff-sign-in = ورود کارمندان

## Errors any page can show

error-summary-title = مشکلی پیش آمده است
err-not-found = آن را پیدا نکردیم.
err-something-wrong = از طرف ما مشکلی پیش آمد. چیزی تغییر نکرد. لطفاً دوباره امتحان کنید.
not-found-title = صفحه پیدا نشد
not-found-text = آن صفحه را پیدا نکردیم. آدرس را دوباره نگاه کنید، یا به صفحه‌ی اول برگردید.
go-to-start = رفتن به صفحه‌ی اول
calm-busy-title = Heard این لحظه مشغول است
calm-busy = Heard برای یک لحظه مشغول است. چیزی از آنچه فرستادید گم نشد. لطفاً چند ثانیه صبر کنید، بعد دوباره امتحان کنید.
calm-bad-request-title = آن‌طور که انتظار می‌رفت نرسید
calm-bad-request = Heard نتوانست آنچه را فرستاده شد بخواند. چیزی تغییر نکرد. برگردید و دوباره امتحان کنید.
calm-broken-title = مشکلی پیش آمد
calm-broken = از طرف ما مشکلی پیش آمد. تقصیر شما نبود. لطفاً دوباره امتحان کنید.
calm-try-again = برگردید و دوباره امتحان کنید

## Accessibility statement

a11y-title = بیانیه‌ی دسترس‌پذیری
a11y-p1 = شوراهایی که از Heard استفاده می‌کنند، آن را اداره می‌کنند. می‌خواهیم تا جایی که ممکن است، افراد بیشتری بتوانند از آن استفاده کنند.
a11y-p2 = باید بتوانید از Heard در صفحه‌ای به عرض 320 پیکسل استفاده کنید، آن را تا 200% بزرگ کنید، و با صفحه‌کلید یا صفحه‌خوان با آن کار کنید.
a11y-p3 = همه‌ی صفحه‌ها پیش از بارگیری اسکریپت‌هایشان کار می‌کنند. کودکان، والدین و سرپرستان می‌توانند از Heard به ولزی، به انگلیسی و به زبان‌های دیگری که شورایشان ارائه می‌کند استفاده کنند. صفحه‌های کارمندان به ولزی و انگلیسی هستند.
a11y-compliance-heading = وضعیت انطباق با استانداردها
a11y-compliance = هدف ما رعایت رهنمودهای دسترس‌پذیری محتوای وب (WCAG) 2.2 در سطح AA است. پیش از هر نسخه‌ی جدید، بررسی‌های خودکار با axe-core روی همه‌ی صفحه‌ها و به هر دو زبان انجام می‌شود.
a11y-report-heading = گزارش یک مشکل
a11y-report = اگر چیزی برای شما کار نمی‌کند، به شورای خود یا کسی که لینک را برایتان فرستاد بگویید. ظرف 10 روز کاری جواب می‌دهیم.
a11y-enforcement = اگر از جواب ما راضی نیستید، با Equality Advisory and Support Service (EASS)، یعنی خدمات مشاوره و حمایت برابری، تماس بگیرید.
a11y-prepared = این بیانیه در تاریخ 23 نوامبر 2026 تهیه شد.

## Credits and licences

credits-title = منابع و مجوزها
credits-symbols = نمادها:
credits-voices = صداهای بلندخوانی با این ابزارها ساخته شده‌اند:
credits-fonts = فونت فایل‌های PDF محافظت‌شده:
credits-own-symbols = هر شورا می‌تواند به جای این‌ها از نمادهای دارای مجوز خودش (مثلاً Widgit) استفاده کند.
credits-intro = Heard با نرم‌افزار متن‌باز (open source) ساخته شده است.
