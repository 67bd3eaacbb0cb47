# declgen-send.pl SOCKET BUILD SETTING... -- ARGS... — sends one command line to declgen's
# resident server and relays its stdout, stderr and exit code, as org.declgen.server.Client does,
# without starting a Java VM (about 0.02 s instead of 0.2 s). bin/declgen runs it when the system
# has Perl (git depends on it on Linux; macOS ships it) and a server's socket is there. It needs
# only Perl's core modules (Socket and Cwd, outside Linux).
#
# bin/declgen runs it with PERL_BADLANG=0 (no warning about a locale that is not installed, as
# zh_CN.UTF-8 often is not) and PERL5OPT empty; each SETTING says how such a variable was before
# (NAME=VALUE, or -NAME for unset), and the environment is sent on as it was.
#
# Exit 125 means "run it yourself": no server answered, one of another build refused, or this
# relay could not run. Any other status is the command's own (declgen's are 0 to 3). The wire
# format is org.declgen.server.Wire's: big-endian ints, texts as a length and UTF-8 bytes.
#
# bin/declgen runs it with -C0 (arguments, environment and output are bytes, whatever
# PERL_UNICODE says) and -X. It starts in under 10 ms, so it loads as little as it can: no
# warnings or utf8 pragma (texts here are UTF-8 bytes), and on Linux neither Socket nor Cwd.
use strict;

my $RUN_IT_YOURSELF = 125;
my $INTERNAL = 3;
my $MAGIC = 0x64676c01;
my ($OUT, $ERR, $EXIT, $REFUSED, $STARTED) = (1, 2, 3, 4, 5);
my $MAX_TEXT = 1 << 20;
# As org.declgen.server.Client.ANSWER_TIMEOUT: a server says at once that it started the command;
# one that does not is stopped or stuck, and the command runs in its own process instead.
my $ANSWER_SECONDS = 5;

# Said when the server ended halfway; the same words as cli.server.broken in messages.properties
# and messages_en.properties (a test holds them together).
my $BROKEN_ZH =
    'declgen 的常驻进程在运行这条命令时意外结束，上面的输出可能不完整；'
  . '写出的文件不受影响（要么是完整的新文件，要么仍是原来的）。'
  . '请再运行一次；若反复出现，设置环境变量 DECLGEN_SERVER=off 可不用常驻进程';
my $BROKEN_EN =
    "declgen\xe2\x80\x99s resident process ended while it ran this command: the output above may be "
  . 'incomplete; files are either wholly new or as they were. Run the command again; if it keeps '
  . 'happening, set DECLGEN_SERVER=off to run without the resident process';

# Said when the server did not answer; the words of cli.server.unresponsive and
# cli.server.unresponsive-unknown ({0} the server's process, {1} the seconds; a test holds them
# together).
my $UNRESPONSIVE_ZH =
    'declgen 的常驻进程（进程号 {0}）{1} 秒内没有回应，这条命令改在本进程中运行，以后的命令也不再交给它；'
  . '若它一直不结束，可以用「kill {0}」结束它';
my $UNRESPONSIVE_EN =
    "declgen\xe2\x80\x99s resident process (process {0}) did not answer within {1} seconds: this command "
  . 'runs in its own process, and later ones are not sent to it; if it does not end, end it with '
  . "\xe2\x80\x98kill {0}\xe2\x80\x99";
my $UNRESPONSIVE_UNKNOWN_ZH =
    'declgen 的常驻进程 {0} 秒内没有回应，这条命令改在本进程中运行，以后的命令也不再交给它';
my $UNRESPONSIVE_UNKNOWN_EN =
    "declgen\xe2\x80\x99s resident process did not answer within {0} seconds: this command runs in "
  . 'its own process, and later ones are not sent to it';

# A closed stdout (declgen textconv x | head) drops the rest, as in-process runs do.
$SIG{PIPE} = 'IGNORE';

my $relayed = 0;
my $status = eval { relay(@ARGV) };
if (defined $status) {
  exit $status;
}
if (!$relayed) {
  exit $RUN_IT_YOURSELF;
}
broken();

sub relay {
  my ($socket, $build, @rest) = @_;
  while (@rest && $rest[0] ne '--') {
    my $setting = shift @rest;
    if ($setting =~ /^-(\w+)\z/) {
      delete $ENV{$1};
    } elsif ($setting =~ /^(\w+)=(.*)\z/s) {
      $ENV{$1} = $2;
    }
  }
  return $RUN_IT_YOURSELF unless @rest && defined $build;
  my @args = @rest[1 .. $#rest];
  my $cwd = working_dir();
  return $RUN_IT_YOURSELF unless defined $cwd;
  my @socket_file = stat $socket;
  my $server = connect_to($socket);
  return $RUN_IT_YOURSELF unless defined $server;

  # As System.console() != null: a person watches, so long runs may draw a progress bar.
  my $interactive = (-t STDIN && -t STDOUT) ? 1 : 0;
  my $request = pack('N', $MAGIC) . text($build) . text($cwd) . pack('C', $interactive);
  my @names = sort keys %ENV;
  $request .= pack('N', scalar @names);
  $request .= text($_) . text($ENV{$_}) for @names;
  $request .= pack('N', scalar @args);
  $request .= text($_) for @args;
  write_all($server, $request) or return $RUN_IT_YOURSELF;
  if (!answers_in_time($server)) {
    # Its socket goes, so that later commands do not wait for it either (unless it is a new one).
    my @now = stat $socket;
    unlink $socket if @socket_file && @now && $now[0] == $socket_file[0] && $now[1] == $socket_file[1];
    unresponsive($socket);
    return $RUN_IT_YOURSELF;
  }

  while (1) {
    my $kind = read_exactly($server, 1);
    last unless defined $kind;
    $kind = ord $kind;
    next if $kind == $STARTED;
    if ($kind == $EXIT) {
      my $code = read_exactly($server, 4);
      last unless defined $code;
      return unpack('l>', $code) & 0xff;
    } elsif ($kind == $REFUSED) {
      return $RUN_IT_YOURSELF;
    } elsif ($kind == $OUT || $kind == $ERR) {
      my $length = read_exactly($server, 4);
      last unless defined $length;
      $length = unpack('N', $length);
      last if $length > $MAX_TEXT;
      my $chunk = read_exactly($server, $length);
      last unless defined $chunk;
      write_all($kind == $OUT ? \*STDOUT : \*STDERR, $chunk);
      $relayed = 1;
    } else {
      last;
    }
  }
  die "the server ended halfway\n";
}

# As Java's user.dir: the physical path of the working folder.
sub working_dir {
  if ($^O eq 'linux') {
    my $cwd = readlink('/proc/self/cwd');
    return $cwd if defined $cwd && $cwd =~ m{^/} && $cwd !~ / \(deleted\)\z/;
  }
  require Cwd;
  return Cwd::getcwd();
}

sub connect_to {
  my ($path) = @_;
  my ($family, $type, $address);
  if ($^O eq 'linux') {
    # Loading Socket takes longer than the rest of this relay. On Linux AF_UNIX is 1, SOCK_STREAM
    # 1 (2 on MIPS, where connect then fails and Java sends the command), and a sockaddr_un is a
    # native 16-bit family and the path. Elsewhere Socket knows.
    return undef if length $path >= 108;
    ($family, $type, $address) = (1, 1, pack('S', 1) . $path . "\0");
  } else {
    require Socket;
    ($family, $type, $address) =
      (Socket::AF_UNIX(), Socket::SOCK_STREAM(), Socket::pack_sockaddr_un($path));
  }
  socket(my $server, $family, $type, 0) or return undef;
  connect($server, $address) or return undef;
  return $server;
}

# True when the server says something (or closes) within $ANSWER_SECONDS.
sub answers_in_time {
  my ($server) = @_;
  my $until = time + $ANSWER_SECONDS;
  while (1) {
    my $left = $until - time;
    return 0 if $left <= 0;
    my $ready = '';
    vec($ready, fileno($server), 1) = 1;
    my $n = select($ready, undef, undef, $left);
    return 1 if $n > 0;
    return 0 if $n == 0 || !$!{EINTR};
  }
}

sub unresponsive {
  my ($socket) = @_;
  my $pid;
  (my $lock = $socket) =~ s{[^/]*\z}{lock};
  if (open my $in, '<', $lock) {
    my $line = <$in>;
    close $in;
    $pid = $1 if defined $line && $line =~ /^([0-9]{1,10})\s*\z/;
  }
  my $text;
  if (defined $pid) {
    $text = english() ? $UNRESPONSIVE_EN : $UNRESPONSIVE_ZH;
    $text =~ s/\{0\}/$pid/g;
    $text =~ s/\{1\}/$ANSWER_SECONDS/g;
  } else {
    $text = english() ? $UNRESPONSIVE_UNKNOWN_EN : $UNRESPONSIVE_UNKNOWN_ZH;
    $text =~ s/\{0\}/$ANSWER_SECONDS/g;
  }
  write_all(\*STDERR, $text . "\n");
}

sub text {
  my ($s) = @_;
  return pack('N', length $s) . $s;
}

sub read_exactly {
  my ($from, $n) = @_;
  my $buffer = '';
  while (length $buffer < $n) {
    my $got = sysread($from, $buffer, $n - length $buffer, length $buffer);
    if (!defined $got) {
      next if $!{EINTR};
      return undef;
    }
    return undef if $got == 0;
  }
  return $buffer;
}

# False when the reader went away; what is left is dropped.
sub write_all {
  my ($to, $bytes) = @_;
  my $offset = 0;
  while ($offset < length $bytes) {
    my $written = syswrite($to, $bytes, length($bytes) - $offset, $offset);
    if (!defined $written) {
      next if $!{EINTR};
      return 0;
    }
    $offset += $written;
  }
  return 1;
}

sub broken {
  write_all(\*STDERR, (english() ? $BROKEN_EN : $BROKEN_ZH) . "\n");
  exit $INTERNAL;
}

# The language rule of org.declgen.diag.Messages.fromEnvironment.
sub english {
  for my $name (qw(DECLGEN_LANG LC_ALL LC_MESSAGES LANG)) {
    my $value = $ENV{$name};
    return lc($value) =~ /^en/ ? 1 : 0 if defined $value && $value =~ /\S/;
  }
  return 0;
}
